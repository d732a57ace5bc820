package io.verbatim.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretariatSpeakersTests {

    private static final SecretariatSpeakers SECRETARIAT = new SecretariatSpeakers(Vocabulary.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Okafor     | I invite Ms. Adaeze Okafor, Under-Secretary-General for Political Affairs, to brief the Council.               | other
            Mr. Lindqvist  | I invite Mr. Erik Lindqvist, Special Representative of the Secretary-General for Somalia, to participate.   | other
            Mr. Haddad     | I invite His Excellency Mr. Karim Haddad, Head of the Delegation of the European Union, to participate.       | speaker
            Ms. Okafor     | I now give the floor to Ms. Okafor.                                                                            | speaker
            Mme Okafor     | j’invite Mme Adaeze Okafor, Secrétaire générale adjointe aux affaires politiques, à participer.               | other
            Sra. Okafor    | invito a la Sra. Adaeze Okafor, Secretaria General Adjunta de Asuntos Políticos, a participar.                | other
            Г-жа Окафор    | приглашаю г-жу Адэзе Окафор, заместителя Генерального секретаря по политическим вопросам.                    | other
            Г-н Линдквист  | приглашаю г-на Эрика Линдквиста, Специального представителя Генерального секретаря по Сомали.                | other
            奥卡福女士     | 我邀请政治事务副秘书长阿达泽·奥卡福女士参加本次会议。                                                           | other
            奥卡福女士     | 我邀请欧洲联盟代表团团长阿达泽·奥卡福女士参加本次会议。                                                         | speaker
            السيدة أوكافور | أدعو السيدة أدازي أوكافور، وكيلة الأمين العام للشؤون السياسية، إلى الإحاطة.                                     | other
            """)
    void aBriefersRoleFollowsHowTheChairIntroducesThem(String speaker, String introduction, String role) {
        SpeechTurn briefer = turn(2, speaker);

        List<SpeechTurn> turns = SECRETARIAT.assignRoles(List.of(turn(1, "The President"), briefer), introduction);

        assertThat(turns.get(1).role()).isEqualTo(role);
        assertThat(turns.get(0).role()).as("the chair keeps its role").isEqualTo(SpeechTurn.PRESIDENT);
    }

    @Test
    void aSpeakerWithACountryIsNeverTheSecretariats() {
        SpeechTurn delegate = new SpeechTurn(2, "Ms. Okafor", SpeechTurn.SPEAKER, "FRA", "France", null, "en", "Thank you.", 1,
                null, null, List.of());

        List<SpeechTurn> turns = SECRETARIAT.assignRoles(List.of(delegate),
                "I invite Ms. Adaeze Okafor, Under-Secretary-General for Political Affairs, to brief the Council.");

        assertThat(turns.get(0).role()).isEqualTo(SpeechTurn.SPEAKER);
    }

    private static SpeechTurn turn(int seq, String speaker) {
        String role = speaker.equals("The President") ? SpeechTurn.PRESIDENT : SpeechTurn.SPEAKER;
        return new SpeechTurn(seq, speaker, role, null, null, null, "en", "Text.", 1, null, null, List.of());
    }
}
