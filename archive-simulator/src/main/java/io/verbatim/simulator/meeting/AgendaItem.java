package io.verbatim.simulator.meeting;

/** An item of an organ's agenda: its number, title and UNBIS subject (991 $b, $c, $d). */
public record AgendaItem(String number, String title, String subject) {
}
