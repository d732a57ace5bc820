package io.verbatim.simulator.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The arguments of an OAI-PMH request, checked against what its verb allows and requires. */
final class OaiArguments {

    private static final Set<String> LIST_ARGUMENTS = Set.of("metadataPrefix", "from", "until", "set", "resumptionToken");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "ListIdentifiers", LIST_ARGUMENTS,
            "ListRecords", LIST_ARGUMENTS,
            "GetRecord", Set.of("identifier", "metadataPrefix"));
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "ListIdentifiers", Set.of("metadataPrefix"),
            "ListRecords", Set.of("metadataPrefix"),
            "GetRecord", Set.of("identifier", "metadataPrefix"));

    private final String verb;
    private final Map<String, String> arguments;

    private OaiArguments(String verb, Map<String, String> arguments) {
        this.verb = verb;
        this.arguments = arguments;
    }

    static OaiArguments parse(Map<String, List<String>> query) throws OaiError {
        List<String> verbs = query.getOrDefault("verb", List.of());
        if (verbs.size() != 1 || !ALLOWED.containsKey(verbs.get(0))) {
            throw new OaiError("badVerb", verbs.isEmpty() ? "the request has no verb"
                    : verbs.size() > 1 ? "the verb is repeated" : "'" + verbs.get(0) + "' is not an OAI-PMH verb");
        }
        String verb = verbs.get(0);
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> argument : query.entrySet()) {
            String name = argument.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!ALLOWED.get(verb).contains(name)) {
                throw OaiError.badArgument("'" + name + "' is not an argument of " + verb);
            }
            if (argument.getValue().size() > 1) {
                throw OaiError.badArgument("'" + name + "' is repeated");
            }
            arguments.put(name, argument.getValue().get(0));
        }
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw OaiError.badArgument("resumptionToken is an exclusive argument; send it alone with the verb");
            }
        } else {
            for (String required : REQUIRED.getOrDefault(verb, Set.of())) {
                if (!arguments.containsKey(required)) {
                    throw OaiError.badArgument(verb + " requires the argument '" + required + "'");
                }
            }
        }
        checkDates(arguments.get("from"), arguments.get("until"));
        return new OaiArguments(verb, arguments);
    }

    /** Dates are arguments too: a bad one is a badArgument, answered without echoing the request. */
    private static void checkDates(String from, String until) throws OaiError {
        if (from != null && until != null && OaiDates.isDay(from) != OaiDates.isDay(until)) {
            throw OaiError.badArgument("from and until must have the same granularity");
        }
        if (from != null && until != null && OaiDates.from(from).isAfter(OaiDates.until(until))) {
            throw OaiError.badArgument("from (" + from + ") is later than until (" + until + ")");
        }
        if (from != null) {
            OaiDates.from(from);
        }
        if (until != null) {
            OaiDates.until(until);
        }
    }

    String verb() {
        return verb;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    Map<String, String> all() {
        return arguments;
    }
}
