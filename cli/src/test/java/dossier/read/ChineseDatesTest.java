package dossier.read;

import dossier.model.Due;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseDatesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-08-10              | 2021-08-10
            2021/8/10               | 2021-08-10
            2021.8.10               | 2021-08-10
            2021年8月10日            | 2021-08-10
            2021年8月10日前          | 2021-08-10
            ２０２１年８月１０日       | 2021-08-10
            20210810                | 2021-08-10
            2021-08-10 00:00:00     | 2021-08-10
            8月10日前                | 2021-08-10
            8月10号                  | 2021-08-10
            8/10                    | 2021-08-10
            7月上旬                  | 2021-07-10
            7月中旬                  | 2021-07-20
            7月下旬                  | 2021-07-31
            七月中旬                 | 2021-07-20
            十二月上旬               | 2021-12-10
            6月下旬                  | 2021-06-30
            2月下旬                  | 2021-02-28
            8月底                    | 2021-08-31
            8月初                    | 2021-08-10
            9月                      | 2021-09-30
            2021年9月                | 2021-09-30
            2021年7月中旬            | 2021-07-20
            7月中旬—8月10日           | 2021-08-10
            7月1日至7月20日           | 2021-07-20
            第三季度                 | 2021-09-30
            上半年                   | 2021-06-30
            年底前                   | 2021-12-31
            2022年底                  | 2022-12-31
            """)
    void dates(String text, String expected) {
        Optional<Due> due = ChineseDates.parse(text, 2021);
        assertThat(due).isPresent();
        assertThat(due.get().date()).isEqualTo(LocalDate.parse(expected));
        assertThat(due.get().ongoing()).isFalse();
        assertThat(due.get().raw()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "{0} is ongoing")
    @CsvSource(delimiter = '|', textBlock = """
            长期坚持
            持续推进
            长期坚持，持续推进
            常态化开展
            每季度
            ongoing
            """)
    void ongoingWork(String text) {
        assertThat(ChineseDates.parse(text, 2021)).contains(Due.ongoing(text));
    }

    @ParameterizedTest(name = "{0} cannot be read")
    @CsvSource(delimiter = '|', textBlock = """
            尽快
            按上级要求
            2月30日
            13月
            待定
            """)
    void unreadable(String text) {
        assertThat(ChineseDates.parse(text, 2021)).isEmpty();
    }

    @Test
    void blankIsNoDeadline() {
        assertThat(ChineseDates.parse("", 2021)).contains(Due.NONE);
        assertThat(ChineseDates.parse("  \n", 2021)).contains(Due.NONE);
        assertThat(ChineseDates.parse(null, 2021)).contains(Due.NONE);
    }

    @Test
    void datesWithoutAYearTakeTheCampaignYear() {
        assertThat(ChineseDates.parse("8月10日前", 2020).orElseThrow().date()).isEqualTo(LocalDate.of(2020, 8, 10));
        assertThat(ChineseDates.parse("2月下旬", 2024).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
