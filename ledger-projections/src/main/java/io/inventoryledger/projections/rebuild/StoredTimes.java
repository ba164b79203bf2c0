package io.inventoryledger.projections.rebuild;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the event store's time stamps, which Axon writes as {@link Instant#toString()} in UTC
 * ({@code 2026-11-30T02:16:23.638Z}), without the general-purpose formatter (a million of them per rebuild).
 * Anything else is left to {@link Instant#parse}.
 */
final class StoredTimes {
    private StoredTimes() {}

    static Instant parse(String text) {
        int length = text.length();
        if (length < 20
                || length > 30
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return Instant.parse(text);
        }
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.' || length == 21) {
                return Instant.parse(text);
            }
            nanos = number(text, 20, length - 1); // at most nine digits: length <= 30
            if (nanos < 0) {
                return Instant.parse(text);
            }
            for (int i = length - 21; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return Instant.parse(text);
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = digit(text, i);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int digit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
}
