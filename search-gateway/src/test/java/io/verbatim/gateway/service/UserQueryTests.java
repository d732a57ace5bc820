package io.verbatim.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UserQueryTests {

    @Test
    void exclusionsAreTakenOutOfTheQueryWithTheirPhrases() {
        UserQuery query = UserQuery.of("security -nuclear assurances -\"draft resolution\" well-known");

        assertThat(query.positive()).isEqualTo("security   assurances   well-known");
        assertThat(query.excluded()).containsExactly("nuclear", "\"draft resolution\"");
    }

    @Test
    void chineseRunsBecomePhrasesAndQuotedOnesStayAsTheyAre() {
        assertThat(UserQuery.of("人权理事会 \"消极安全保证\" CD").withChineseAsPhrases())
                .isEqualTo("\"人权理事会\" \"消极安全保证\" CD");
        assertThat(UserQuery.of("人权理事会").hasLongChineseRun()).isFalse();
        assertThat(UserQuery.of("不首先使用核武器").hasLongChineseRun()).isTrue();
    }

    @Test
    void theLanguageFilterElseTheScriptDecidesTheAnalysis() {
        assertThat(QueryLanguages.ofScript("l'Union européenne")).containsExactly("en", "fr", "es");
        assertThat(QueryLanguages.ofScript("ядерное оружие")).containsExactly("ru");
        assertThat(QueryLanguages.ofScript("الأمم المتحدة")).containsExactly("ar");
        assertThat(QueryLanguages.ofScript("消极安全保证")).containsExactly("zh");
        assertThat(QueryLanguages.ofScript("71/158")).hasSize(6);
        SearchRequest french = SearchRequest.of("union", null, Map.of("language", "fr"), null, null, null, null);
        assertThat(QueryLanguages.of(french)).containsExactly("fr");
    }
}
