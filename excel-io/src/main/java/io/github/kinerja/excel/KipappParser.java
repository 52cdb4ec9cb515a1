package io.github.kinerja.excel;

import io.github.kinerja.core.recap.ActivityLogEntry;
import io.github.kinerja.core.recap.RencanaKinerjaRow;
import io.github.kinerja.core.report.Severity;
import io.github.kinerja.excel.internal.CellValue;
import io.github.kinerja.excel.internal.SheetView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the flat exports of BPS KiPApp (PermenPANRB 6/2022): the annual plan ({@code rkid | rencana_kinerja |
 * rencana_kinerja_atasan | tahun | tim}) and the monthly activity log ({@code tanggal | waktu | deskripsi | tahun |
 * bulan}).
 *
 * <p>The exports write identifiers, dates, times, years and months as text ({@code '2025-12-01'},
 * {@code '08:08:00'}); date and time cells are read as well. A log entry whose {@code tahun} or {@code bulan}
 * differs from its date gets a warning.
 */
final class KipappParser {

    static final String RENCANA_HEADERS = "\"rencana_kinerja\" + \"rencana_kinerja_atasan\" (KiPApp Rencana Kinerja)";
    static final String LOG_HEADERS = "\"tanggal\" + \"deskripsi\" (KiPApp Pelaksanaan Bulanan)";
    static final List<String> RENCANA_ANCHORS = List.of("rencana_kinerja", "rencana_kinerja_atasan");
    static final List<String> LOG_ANCHORS = List.of("tanggal", "deskripsi");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private KipappParser() {}

    static boolean isRencanaKinerja(SheetView view) {
        return HeaderRow.find(view, RENCANA_ANCHORS).isPresent();
    }

    static boolean isActivityLog(SheetView view) {
        return HeaderRow.find(view, LOG_ANCHORS).isPresent();
    }

    static TableReadResult<List<RencanaKinerjaRow>> readRencanaKinerja(Workbook workbook, String fileName) {
        SheetView view = FlatTables.requireSheet(workbook, fileName, KipappParser::isRencanaKinerja,
                RENCANA_HEADERS);
        ReadContext context = new ReadContext(fileName);
        HeaderRow header = HeaderRow.find(view, RENCANA_ANCHORS).orElseThrow();
        int uraianColumn = header.required(fileName, "rencana_kinerja");
        List<RencanaKinerjaRow> rows = new ArrayList<>();
        for (int r = header.row() + 1; r <= view.lastRow(); r++) {
            if (FlatTables.isEmptyRow(view, r, header.lastColumn())) {
                continue;
            }
            Optional<String> uraian = context.text(view.value(r, uraianColumn));
            if (uraian.isEmpty()) {
                context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, uraianColumn),
                        "rencana_kinerja");
                continue;
            }
            rows.add(RencanaKinerjaRow.builder()
                    .uraian(uraian.get())
                    .id(FlatTables.text(context, view, r, header.column("rkid", "id")))
                    .rhkAtasan(FlatTables.text(context, view, r, header.column("rencana_kinerja_atasan")))
                    .tahun(FlatTables.year(context, view, r, header.column("tahun")))
                    .tim(FlatTables.text(context, view, r, header.column("tim")))
                    .build());
        }
        if (rows.isEmpty()) {
            FlatTables.reportNoRows(context, view, header);
        }
        return new TableReadResult<>(fileName, WorkbookLayout.KIPAPP_RENCANA_KINERJA, view.name(),
                List.copyOf(rows), context.report());
    }

    static TableReadResult<List<ActivityLogEntry>> readActivityLog(Workbook workbook, String fileName) {
        SheetView view = FlatTables.requireSheet(workbook, fileName, KipappParser::isActivityLog, LOG_HEADERS);
        ReadContext context = new ReadContext(fileName);
        HeaderRow header = HeaderRow.find(view, LOG_ANCHORS).orElseThrow();
        int tanggalColumn = header.required(fileName, "tanggal");
        int deskripsiColumn = header.required(fileName, "deskripsi");
        Optional<Integer> waktuColumn = header.column("waktu", "jam");
        List<ActivityLogEntry> entries = new ArrayList<>();
        for (int r = header.row() + 1; r <= view.lastRow(); r++) {
            if (FlatTables.isEmptyRow(view, r, header.lastColumn())) {
                continue;
            }
            Optional<String> deskripsi = context.text(view.value(r, deskripsiColumn));
            if (deskripsi.isEmpty()) {
                context.add("excel.table.rowWithoutName", Severity.WARNING, view.address(r, deskripsiColumn),
                        "deskripsi");
                continue;
            }
            Optional<LocalDate> tanggal = date(view.value(r, tanggalColumn), context);
            if (tanggal.isEmpty()) {
                continue;
            }
            Optional<LocalTime> waktu = waktuColumn.isEmpty() ? Optional.empty()
                    : time(view.value(r, waktuColumn.get()), context);
            checkPeriod(view, r, header, tanggal.get(), context);
            entries.add(ActivityLogEntry.builder().tanggal(tanggal.get()).waktu(waktu).deskripsi(deskripsi.get())
                    .build());
        }
        if (entries.isEmpty()) {
            FlatTables.reportNoRows(context, view, header);
        }
        return new TableReadResult<>(fileName, WorkbookLayout.KIPAPP_PELAKSANAAN_BULANAN, view.name(),
                List.copyOf(entries), context.report());
    }

    // An entry of the December log dated in November is listed under the wrong month.
    private static void checkPeriod(SheetView view, int row, HeaderRow header, LocalDate tanggal,
            ReadContext context) {
        Optional<Integer> tahunColumn = header.column("tahun");
        Optional<Integer> tahun = FlatTables.year(context, view, row, tahunColumn);
        if (tahun.isPresent() && tahun.get() != tanggal.getYear()) {
            context.add("excel.log.periodDiffers", Severity.WARNING, view.address(row, tahunColumn.orElseThrow()),
                    "tahun", tahun.get(), tanggal);
        }
        Optional<Integer> bulanColumn = header.column("bulan");
        Optional<BigDecimal> bulan = FlatTables.number(context, view, row, bulanColumn, "bulan");
        if (bulan.isPresent() && bulan.get().compareTo(BigDecimal.valueOf(tanggal.getMonthValue())) != 0) {
            context.add("excel.log.periodDiffers", Severity.WARNING, view.address(row, bulanColumn.orElseThrow()),
                    "bulan", bulan.get().toPlainString(), tanggal);
        }
    }

    /** Returns the date of an ISO text such as {@code 2025-12-01} or of a date cell; anything else is reported. */
    static Optional<LocalDate> date(CellValue value, ReadContext context) {
        if (value.kind() == CellValue.Kind.NUMBER && value.isDateFormat()) {
            return Optional.of(excelDateTime(value.number().orElseThrow()).toLocalDate());
        }
        String text = ReadContext.clean(value.text());
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            context.add("excel.date.invalid", Severity.ERROR, value.address(), text);
            return Optional.empty();
        }
    }

    /** Returns the time of a text such as {@code 08:08:00} or {@code 08:08}, or of a time cell. */
    static Optional<LocalTime> time(CellValue value, ReadContext context) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (value.kind() == CellValue.Kind.NUMBER) {
            BigDecimal number = value.number().orElseThrow();
            BigDecimal fraction = number.subtract(new BigDecimal(number.toBigInteger()));
            int seconds = fraction.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).intValueExact();
            if (number.signum() >= 0 && seconds < SECONDS_PER_DAY.intValueExact()) {
                return Optional.of(LocalTime.ofSecondOfDay(seconds));
            }
        }
        String text = ReadContext.clean(value.text());
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 || text.length() == 7 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            context.add("excel.time.invalid", Severity.WARNING, value.address(), text);
            return Optional.empty();
        }
    }

    // Excel stores dates as days since 1900-01-00; POI converts them, counting Excel's 1900-02-29.
    private static LocalDateTime excelDateTime(BigDecimal serial) {
        try {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial.doubleValue());
            if (dateTime != null) {
                return dateTime;
            }
        } catch (DateTimeException e) {
            // falls through to the epoch of Excel, which a serial of 0 shows
        }
        return LocalDateTime.of(1899, 12, 31, 0, 0);
    }
}
