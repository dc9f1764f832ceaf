package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Evidence files are exported under names every OS accepts (issue 5: evidence exported beside the workbook). */
class DisposalFileNamesTest {

    @Test
    void separatorsAndCharactersWindowsRefusesBecomeUnderscores() {
        assertThat(DisposalService.safeName("写真/破壊後:1?.jpg")).isEqualTo("写真_破壊後_1_.jpg");
        assertThat(DisposalService.safeName("..")).isEqualTo("_");
    }

    @Test
    void trailingDotsAndDeviceNamesAreMadeSafe() {
        assertThat(DisposalService.safeName("報告書. . ")).isEqualTo("報告書");
        assertThat(DisposalService.safeName("CON")).isEqualTo("_CON");
        assertThat(DisposalService.safeName("nul.txt")).isEqualTo("_nul.txt");
        assertThat(DisposalService.safeName("console.txt")).isEqualTo("console.txt");
    }

    @Test
    void aVeryLongJapaneseNameIsShortenedKeepingItsExtension() {
        String name = "消".repeat(120) + ".pdf";
        String safe = DisposalService.safeName(name);
        assertThat(safe).endsWith(".pdf").startsWith("消消消");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }
}
