package io.verbatim.simulator.oai;

import static io.verbatim.simulator.SimulatorClient.all;
import static io.verbatim.simulator.SimulatorClient.one;
import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.simulator.ArchiveSimulator;
import io.verbatim.simulator.SimulatorClient;
import io.verbatim.simulator.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A full harvest of 1,000 records in pages of 100, as a harvester follows resumption tokens. */
class OaiPagingTests {

    @Test
    void pagingThroughAThousandRecordsGivesEachOnceInRecidOrder() throws Exception {
        try (ArchiveSimulator simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(1000).pageSize(100).build())) {
            simulator.start();
            SimulatorClient client = new SimulatorClient(simulator);
            List<String> identifiers = new ArrayList<>();
            List<String> cursors = new ArrayList<>();
            Document page = client.getXml("/oai2d?verb=ListIdentifiers&metadataPrefix=marcxml");
            String token;
            int pages = 1;
            while (true) {
                identifiers.addAll(all(page, "//oai:header/oai:identifier"));
                cursors.add(one(page, "//oai:resumptionToken/@cursor"));
                token = one(page, "//oai:resumptionToken");
                if (token.isEmpty()) {
                    break;
                }
                assertThat(one(page, "//oai:resumptionToken/@completeListSize")).isEqualTo("1000");
                assertThat(one(page, "//oai:resumptionToken/@expirationDate")).isNotEmpty();
                page = client.getXml("/oai2d?verb=ListIdentifiers&resumptionToken=" + token);
                pages++;
            }

            assertThat(pages).isEqualTo(10);
            assertThat(identifiers).hasSize(1000).doesNotHaveDuplicates()
                    .isEqualTo(simulator.records().stream().map(r -> simulator.oaiIdentifier(r.recid())).toList());
            assertThat(cursors).containsExactly("0", "100", "200", "300", "400", "500", "600", "700", "800", "900");
            assertThat(all(page, "//oai:resumptionToken")).as("the last page ends with an empty token").containsExactly("");
        }
    }

    @Test
    void aListThatFitsOnePageHasNoToken() throws Exception {
        try (ArchiveSimulator simulator = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(5).pageSize(10).build())) {
            simulator.start();

            Document page = new SimulatorClient(simulator).getXml("/oai2d?verb=ListRecords&metadataPrefix=oai_dc");

            assertThat(all(page, "//oai:record")).hasSize(5);
            assertThat(all(page, "//oai:resumptionToken")).isEmpty();
        }
    }
}
