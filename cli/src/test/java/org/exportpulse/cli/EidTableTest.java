package org.exportpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.List;
import org.exportpulse.bundle.BundledData;
import org.exportpulse.core.adjust.MovingHoliday;
import org.junit.jupiter.api.Test;

/** The shipped Eid table is the Umm al-Qura calendar, row for row, and loads as two moving holidays. */
class EidTableTest {

    @Test
    void every_row_is_the_umm_al_qura_date_of_its_hijri_day() throws Exception {
        List<String> rows;
        try (InputStream in =
                BundledData.class.getClassLoader().getResourceAsStream(BundledData.FOLDER + "calendar/eid.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(rows.get(0)).isEqualTo("holiday,days,hijri_date,date,source");
        assertThat(rows).hasSize(1 + 2 * 300);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            String[] hijri = f[2].split("-");
            LocalDate expected = LocalDate.from(HijrahChronology.INSTANCE.date(
                    Integer.parseInt(hijri[0]), Integer.parseInt(hijri[1]), Integer.parseInt(hijri[2])));
            assertThat(LocalDate.parse(f[3])).as(row).isEqualTo(expected);
            assertThat(f[0].equals("Eid al-Fitr") ? "10-01" : "12-10").as(row).isEqualTo(hijri[1] + "-" + hijri[2]);
            assertThat(f[4]).as(row).startsWith("Umm al-Qura calendar (islamic-umalqura)");
        }
    }

    @Test
    void loads_as_eid_al_fitr_and_eid_al_adha_of_three_days() {
        List<MovingHoliday> eid = BundledData.eidHolidays();
        assertThat(eid).extracting(MovingHoliday::name).containsExactly("Eid al-Fitr", "Eid al-Adha");
        assertThat(eid).allMatch(h -> h.days() == 3 && h.dates().size() == 300);
        assertThat(eid.get(0).dates()).contains(LocalDate.of(2024, 4, 10), LocalDate.of(2025, 3, 30));
        assertThat(eid.get(1).dates()).contains(LocalDate.of(2024, 6, 16));
        assertThat(eid.get(0).source()).isEqualTo("Umm al-Qura calendar (islamic-umalqura)");
    }
}
