package io.verbatim.simulator.meeting;

/** The organs whose meeting records the simulator publishes, with their symbols and OAI sets. */
public enum MeetingSeries {
    SECURITY_COUNCIL("S/PV.", "S/", "security-council", "Security Council", 9001, Place.NEW_YORK, false),
    GENERAL_ASSEMBLY("A/80/PV.", "A/80/", "general-assembly", "General Assembly", 1, Place.NEW_YORK, true),
    CONFERENCE_ON_DISARMAMENT("CD/PV.", "CD/", "conference-on-disarmament", "Conference on Disarmament", 1701, Place.GENEVA, true);

    /** Where the organ meets. */
    public enum Place { NEW_YORK, GENEVA }

    private final String symbolPrefix;
    private final String seriesSymbol;
    private final String setSpec;
    private final String englishName;
    private final int firstMeeting;
    private final Place place;
    private final boolean plenary;

    MeetingSeries(String symbolPrefix, String seriesSymbol, String setSpec, String englishName, int firstMeeting, Place place,
            boolean plenary) {
        this.symbolPrefix = symbolPrefix;
        this.seriesSymbol = seriesSymbol;
        this.setSpec = setSpec;
        this.englishName = englishName;
        this.firstMeeting = firstMeeting;
        this.place = place;
        this.plenary = plenary;
    }

    public String symbol(int meetingNumber) {
        return symbolPrefix + meetingNumber;
    }

    /** 191 $b. */
    public String seriesSymbol() {
        return seriesSymbol;
    }

    public String setSpec() {
        return setSpec;
    }

    /** 981 $a, and the set's name. */
    public String englishName() {
        return englishName;
    }

    int firstMeeting() {
        return firstMeeting;
    }

    public Place place() {
        return place;
    }

    /** The General Assembly and the Conference hold plenary meetings; the Council holds meetings. */
    public boolean plenary() {
        return plenary;
    }

    /** The key of the organ's name in an edition's resource: {@code body.security-council}. */
    String key() {
        return setSpec;
    }
}
