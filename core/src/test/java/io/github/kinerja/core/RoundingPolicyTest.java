package io.github.kinerja.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingPolicyTest {

    // 266 / 3, the kegiatan value of a kegiatan scored 100 + 90 + 76 without biaya.
    private static final BigDecimal K2 = new BigDecimal(266).divide(new BigDecimal(3), MathContext.DECIMAL128);

    @Test
    void defaults_areTwoDecimalsHalfUpFinalOnly() {
        RoundingPolicy policy = RoundingPolicy.defaults();

        assertThat(policy.scale()).isEqualTo(2);
        assertThat(policy.mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(policy.stage()).isEqualTo(RoundingStage.FINAL_ONLY);
    }

    @Test
    void round_halfUp_gives88point67() {
        assertThat(RoundingPolicy.defaults().round(K2)).isEqualTo(new BigDecimal("88.67"));
    }

    @Test
    void round_down_truncatesTo88point66() {
        assertThat(RoundingPolicy.defaults().withMode(RoundingMode.DOWN).round(K2)).isEqualTo(new BigDecimal("88.66"));
    }

    @Test
    void round_integer_keepsTheScale() {
        assertThat(RoundingPolicy.defaults().round(new BigDecimal("76"))).isEqualTo(new BigDecimal("76.00"));
    }

    @Test
    void roundItem_finalOnly_returnsTheExactValue() {
        assertThat(RoundingPolicy.defaults().roundItem(K2)).isSameAs(K2);
    }

    @Test
    void roundItem_eachItem_rounds() {
        RoundingPolicy policy = RoundingPolicy.of(2, RoundingMode.HALF_UP, RoundingStage.EACH_ITEM);

        assertThat(policy.roundItem(K2)).isEqualTo(new BigDecimal("88.67"));
    }

    @Test
    void withers_changeOneAttribute() {
        RoundingPolicy policy = RoundingPolicy.defaults().withScale(0).withStage(RoundingStage.EACH_ITEM);

        assertThat(policy.scale()).isZero();
        assertThat(policy.mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(policy.stage()).isEqualTo(RoundingStage.EACH_ITEM);
        assertThat(policy.round(K2)).isEqualTo(new BigDecimal("89"));
    }

    @Test
    void of_negativeScale_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoundingPolicy.of(-1, RoundingMode.HALF_UP, RoundingStage.FINAL_ONLY))
                .withMessage("scale must be zero or more, was -1");
    }

    @Test
    void withMode_unnecessary_throws() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoundingPolicy.defaults().withMode(RoundingMode.UNNECESSARY))
                .withMessageStartingWith("mode must round, was UNNECESSARY");
    }

    @Test
    void nullArguments_throwNullPointerException() {
        assertThatNullPointerException()
                .isThrownBy(() -> RoundingPolicy.of(2, null, RoundingStage.FINAL_ONLY))
                .withMessage("mode");
        assertThatNullPointerException()
                .isThrownBy(() -> RoundingPolicy.of(2, RoundingMode.DOWN, null))
                .withMessage("stage");
        assertThatNullPointerException().isThrownBy(() -> RoundingPolicy.defaults().round(null));
        assertThatNullPointerException().isThrownBy(() -> RoundingPolicy.defaults().roundItem(null));
    }
}
