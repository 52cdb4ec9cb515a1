package io.github.kinerja.excel.write.internal;

import io.github.kinerja.excel.write.internal.FormStyles.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the chart sheet of the PermenPANRB 6/2022 recap: a table of the actual share of each predikat next to the
 * share the pola distribusi sets, and a clustered bar chart of both built with POI's XDDF chart API.
 *
 * <p>The actual shares are formulas that refer to the percentages of the recap sheet, with the library's shares as
 * cached results, so the chart follows when a user edits a predikat. A predikat without a share bound of its own has
 * an empty pola cell and no pola bar.
 */
public final class RecapChart {

    /** The 0-based row of the table header. */
    public static final int HEADER_ROW = 2;

    private static final int[] WIDTHS = {24, 14, 14};
    private static final int CHART_FIRST_COLUMN = 4;
    private static final int CHART_LAST_COLUMN = 14;
    private static final int CHART_LAST_ROW = 24;

    /**
     * One predikat of the chart.
     *
     * @param label  the predikat as the recap prints it, not null
     * @param shareCell  the cell of the recap sheet with the actual share, as {@code 'Sheet'!G12}, not null
     * @param share  the actual share as a fraction from 0 to 1, the cached result of that cell, not null
     * @param polaShare  the share bound of the pola as a fraction, empty when the pola sets none for the predikat
     */
    public record ChartRow(String label, String shareCell, BigDecimal share, Optional<BigDecimal> polaShare) {

        /** Checks that no component is null. */
        public ChartRow {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shareCell, "shareCell");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(polaShare, "polaShare");
        }
    }

    /**
     * The content of the chart sheet.
     *
     * @param title  the chart title, not null
     * @param rows  one row per predikat, best first, not null
     */
    public record Data(String title, List<ChartRow> rows) {

        /** Copies the rows and checks that no component is null. */
        public Data {
            Objects.requireNonNull(title, "title");
            rows = List.copyOf(rows);
        }
    }

    private RecapChart() {}

    /**
     * Writes the table and the chart onto an empty sheet.
     *
     * @param cells  the writer of the chart sheet, whose sheet is an {@link XSSFSheet}, not null
     * @param data  the shares, not null
     */
    public static void write(SheetCells cells, Data data) {
        XSSFSheet sheet = (XSSFSheet) cells.sheet();
        for (int c = 0; c < WIDTHS.length; c++) {
            cells.width(c, WIDTHS[c]);
        }
        cells.text(0, 0, data.title(), Kind.LABEL_BOLD);
        cells.text(HEADER_ROW, 0, "PREDIKAT", Kind.HEADER);
        cells.text(HEADER_ROW, 1, "REALISASI", Kind.HEADER);
        cells.text(HEADER_ROW, 2, "POLA", Kind.HEADER);
        int row = HEADER_ROW;
        for (ChartRow chartRow : data.rows()) {
            row++;
            cells.text(row, 0, chartRow.label(), Kind.TEXT);
            cells.formula(row, 1, chartRow.shareCell(), chartRow.share(), Kind.PERCENT);
            if (chartRow.polaShare().isPresent()) {
                cells.number(row, 2, chartRow.polaShare().get(), Kind.PERCENT);
            } else {
                cells.blank(row, 2, Kind.PERCENT);
            }
        }
        if (row > HEADER_ROW) {
            chart(sheet, data.title(), HEADER_ROW + 1, row);
        }
    }

    private static void chart(XSSFSheet sheet, String title, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, HEADER_ROW,
                CHART_LAST_COLUMN, CHART_LAST_ROW);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.LEFT);
        shares.setCrosses(AxisCrosses.AUTO_ZERO);
        shares.setMinimum(0);
        shares.setNumberFormat("0%");

        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> actual = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 1, 1));
        XDDFNumericalDataSource<Double> pola = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 2, 2));

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, shares);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        XDDFBarChartData.Series actualSeries = (XDDFBarChartData.Series) bars.addSeries(labels, actual);
        actualSeries.setTitle("Realisasi", null);
        XDDFBarChartData.Series polaSeries = (XDDFBarChartData.Series) bars.addSeries(labels, pola);
        polaSeries.setTitle("Pola distribusi", null);
        chart.plot(bars);
    }
}
