package io.verbatim.admin;

import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "topics", description = "Creates every Verbatim topic that does not exist yet.")
final class TopicsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            for (String line : new TopicProvisioner(admin).provisionAll()) {
                System.out.println(line);
            }
        }
        return 0;
    }
}
