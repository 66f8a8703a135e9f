package com.example.types.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.types.api.CompleteSamplesRow;
import com.example.types.api.Mood;
import com.example.types.api.MoodCountsResult;
import com.example.types.api.SamplesRow;
import com.example.types.api.SplitResult;
import com.example.types.api.TypesApiV1;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.postgresql.util.PGInterval;

/**
 * Every mapped type written through a function and read back through views and functions: values, NULLs, arrays
 * with NULL elements, empty arrays. Text values carry the characters that array literals must escape.
 */
public final class TypesScenario {

    static final short SMALLINT = -12345;
    static final int INTEGER = 2_000_000_123;
    static final long BIGINT = 9_000_000_000_000_000_123L;
    static final float REAL = 3.1415927f;
    static final double DOUBLE = 2.718281828459045;
    static final BigDecimal NUMERIC = new BigDecimal("-12345678901234567890.123456789");
    static final boolean BOOLEAN = true;
    static final String TEXT = "naïve \"quoted\" \\ back, {braces}, 'single', NULL";
    static final String VARCHAR = "twenty characters!!";
    static final String CHAR = "abc";
    static final String CITEXT = "MiXeD";
    static final String JSON = "{\"b\": [1, 2.5, null],   \"a\": \"x\"}";
    static final String JSONB = "{\"a\": \"x\", \"b\": [1, 2.5, null]}";
    static final byte[] BYTEA = {0, 1, -1, 127, -128, '\\', '"', '{'};
    static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    static final LocalDate DATE = LocalDate.of(2024, 2, 29);
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
    static final OffsetDateTime TIMESTAMPTZ = OffsetDateTime.of(TIMESTAMP, ZoneOffset.UTC);
    static final LocalTime TIME = LocalTime.of(23, 59, 58, 123_456_000);
    static final OffsetTime TIMETZ = OffsetTime.of(10, 15, 30, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
    static final PGInterval INTERVAL = new PGInterval(1, 2, 3, 4, 5, 6.5);
    static final Mood MOOD = Mood.IN_TRANSIT;
    static final BigDecimal PERCENT = new BigDecimal("99.50");

    static final List<Short> SMALLINTS = Arrays.asList((short) 1, null, SMALLINT);
    static final List<Integer> INTEGERS = Arrays.asList(INTEGER, null);
    static final List<Long> BIGINTS = Arrays.asList(BIGINT, null);
    static final List<Float> REALS = Arrays.asList(REAL, null, -0.5f);
    static final List<Double> DOUBLES = Arrays.asList(DOUBLE, null);
    static final List<BigDecimal> NUMERICS = Arrays.asList(NUMERIC, null, new BigDecimal("1E+3"));
    /** 1E+3 goes in as text PostgreSQL reads; numeric has no negative scale, so it comes back as 1000. */
    static final List<BigDecimal> NUMERICS_READ = Arrays.asList(NUMERIC, null, new BigDecimal("1000"));
    static final List<Boolean> BOOLEANS = Arrays.asList(true, null, false);
    static final List<String> TEXTS = Arrays.asList(TEXT, null, "", "NULL", " padded ");
    static final List<String> VARCHARS = Arrays.asList(VARCHAR, null);
    static final List<String> CHARS = Arrays.asList(CHAR, null);
    static final List<String> CITEXTS = Arrays.asList(CITEXT, null);
    static final List<String> JSONS = Arrays.asList(JSON, null);
    static final List<String> JSONBS = Arrays.asList(JSONB, null);
    static final List<byte[]> BYTEAS = Arrays.asList(BYTEA, null, new byte[0]);
    static final List<UUID> IDS = Arrays.asList(ID, null);
    static final List<LocalDate> DATES = Arrays.asList(DATE, null);
    static final List<LocalDateTime> TIMESTAMPS = Arrays.asList(TIMESTAMP, null);
    static final List<OffsetDateTime> TIMESTAMPTZS = Arrays.asList(TIMESTAMPTZ, null);
    static final List<LocalTime> TIMES = Arrays.asList(TIME, null);
    static final List<OffsetTime> TIMETZS = Arrays.asList(TIMETZ, null);
    static final List<PGInterval> INTERVALS = Arrays.asList(INTERVAL, null);
    static final List<Mood> MOODS = Arrays.asList(MOOD, null, Mood.HAPPY);
    static final List<BigDecimal> PERCENTS = Arrays.asList(PERCENT, null);

    private TypesScenario() {
    }

    private static RecursiveComparisonConfiguration strict() {
        return RecursiveComparisonConfiguration.builder()
                .withStrictTypeChecking(true)
                .withEqualsForType(PGInterval::equals, PGInterval.class)
                .withEqualsForType(Float::equals, Float.class)
                .withEqualsForType(Double::equals, Double.class)
                .build();
    }

    public static void roundTrip(DataSource dataSource) throws Exception {
        var api = new TypesApiV1(dataSource);
        api.check();
        long full = api.putSample(SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC, BOOLEAN, TEXT, VARCHAR, CHAR,
                CITEXT, JSON, JSONB, BYTEA, ID, DATE, TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ, INTERVAL, MOOD, PERCENT,
                SMALLINTS, INTEGERS, BIGINTS, REALS, DOUBLES, NUMERICS, BOOLEANS, TEXTS, VARCHARS, CHARS, CITEXTS,
                JSONS, JSONBS, BYTEAS, IDS, DATES, TIMESTAMPS, TIMESTAMPTZS, TIMES, TIMETZS, INTERVALS, MOODS,
                PERCENTS);
        long empty = api.putSample(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        var expected = new SamplesRow(full, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC, BOOLEAN, TEXT,
                VARCHAR, CHAR, CITEXT, JSON, JSONB, BYTEA, ID, DATE, TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ, INTERVAL,
                MOOD, PERCENT, SMALLINTS, INTEGERS, BIGINTS, REALS, DOUBLES, NUMERICS_READ, BOOLEANS, TEXTS,
                VARCHARS, CHARS, CITEXTS, JSONS, JSONBS, BYTEAS, IDS, DATES, TIMESTAMPS, TIMESTAMPTZS, TIMES,
                TIMETZS, INTERVALS, MOODS, PERCENTS);
        assertThat(api.samplesById(full).orElseThrow()).usingRecursiveComparison(strict()).isEqualTo(expected);

        var nothing = new SamplesRow(empty, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(api.samplesById(empty)).contains(nothing);

        var complete = api.completeSamples();
        assertThat(complete).hasSize(1);
        assertThat(complete.get(0)).usingRecursiveComparison(strict()).isEqualTo(new CompleteSamplesRow(full,
                SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC, BOOLEAN, TEXT, VARCHAR, CHAR, CITEXT, JSON, JSONB,
                BYTEA, ID, DATE, TIMESTAMP, TIMESTAMPTZ, TIME, TIMETZ, INTERVAL, MOOD, PERCENT,
                expected.aSmallint(), expected.aInteger(), expected.aBigint(), expected.aReal(), expected.aDouble(),
                expected.aNumeric(), expected.aBoolean(), expected.aText(), expected.aVarchar(), expected.aChar(),
                expected.aCitext(), expected.aJson(), expected.aJsonb(), expected.aBytea(), expected.aUuid(),
                expected.aDate(), expected.aTimestamp(), expected.aTimestamptz(), expected.aTime(),
                expected.aTimetz(), expected.aInterval(), expected.aMood(), expected.aPercent()));

        lookUpByEveryKeyType(api, full);
        echoEveryType(api);
        callEveryResultShape(api, full, empty);
    }

    private static void lookUpByEveryKeyType(TypesApiV1 api, long full) throws Exception {
        assertThat(api.samplesByCText(TEXT).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCUuid(ID).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCDate(DATE).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCTimestamptz(TIMESTAMPTZ.withOffsetSameInstant(ZoneOffset.ofHours(-7)))
                .orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCMood(MOOD).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCBytea(BYTEA).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCInterval(INTERVAL).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCTimetz(TIMETZ).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCCitext("mixed").orElseThrow().id()).as("citext compares case-insensitively")
                .isEqualTo(full);
        assertThat(api.samplesByCJsonb("{\"b\":[1,2.5,null],\"a\":\"x\"}").orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByAInteger(Arrays.asList(INTEGER, null)).orElseThrow().id()).isEqualTo(full);
        assertThat(api.samplesByCText("absent")).isEmpty();
        assertThat(api.samplesByCMood(Mood.SAD)).isEmpty();
        assertThat(api.samplesByCText(null)).as("NULL equals nothing").isEmpty();
    }

    private static void echoEveryType(TypesApiV1 api) throws Exception {
        assertThat(api.echoSmallint(SMALLINT)).isEqualTo(SMALLINT);
        assertThat(api.echoInteger(INTEGER)).isEqualTo(INTEGER);
        assertThat(api.echoBigint(BIGINT)).isEqualTo(BIGINT);
        assertThat(api.echoReal(REAL)).isEqualTo(REAL);
        assertThat(api.echoReal(Float.NaN)).isNaN();
        assertThat(api.echoDouble(DOUBLE)).isEqualTo(DOUBLE);
        assertThat(api.echoDouble(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(api.echoNumeric(NUMERIC)).isEqualTo(NUMERIC);
        assertThat(api.echoBoolean(BOOLEAN)).isEqualTo(BOOLEAN);
        assertThat(api.echoText(TEXT)).isEqualTo(TEXT);
        assertThat(api.echoVarchar(VARCHAR)).isEqualTo(VARCHAR);
        assertThat(api.echoChar(CHAR)).isEqualTo(CHAR);
        assertThat(api.echoCitext(CITEXT)).isEqualTo(CITEXT);
        assertThat(api.echoJson(JSON)).isEqualTo(JSON);
        assertThat(api.echoJsonb(JSONB)).isEqualTo(JSONB);
        assertThat(api.echoBytea(BYTEA)).isEqualTo(BYTEA);
        assertThat(api.echoUuid(ID)).isEqualTo(ID);
        assertThat(api.echoDate(DATE)).isEqualTo(DATE);
        assertThat(api.echoTimestamp(TIMESTAMP)).isEqualTo(TIMESTAMP);
        assertThat(api.echoTimestamptz(TIMESTAMPTZ)).isEqualTo(TIMESTAMPTZ);
        var elsewhere = TIMESTAMPTZ.withOffsetSameInstant(ZoneOffset.ofHours(4));
        assertThat(api.echoTimestamptz(elsewhere)).as("the same instant, read back in UTC")
                .isEqualTo(TIMESTAMPTZ);
        assertThat(api.echoTime(TIME)).isEqualTo(TIME);
        assertThat(api.echoTimetz(TIMETZ)).isEqualTo(TIMETZ);
        assertThat(api.echoInterval(INTERVAL)).isEqualTo(INTERVAL);
        assertThat(api.echoMood(MOOD)).isEqualTo(MOOD);
        assertThat(api.echoPercent(PERCENT)).isEqualTo(PERCENT);

        assertThat(api.echoSmallint(null)).isNull();
        assertThat(api.echoInteger(null)).isNull();
        assertThat(api.echoBigint(null)).isNull();
        assertThat(api.echoReal(null)).isNull();
        assertThat(api.echoDouble(null)).isNull();
        assertThat(api.echoNumeric(null)).isNull();
        assertThat(api.echoBoolean(null)).isNull();
        assertThat(api.echoText(null)).isNull();
        assertThat(api.echoVarchar(null)).isNull();
        assertThat(api.echoChar(null)).isNull();
        assertThat(api.echoCitext(null)).isNull();
        assertThat(api.echoJson(null)).isNull();
        assertThat(api.echoJsonb(null)).isNull();
        assertThat(api.echoBytea(null)).isNull();
        assertThat(api.echoUuid(null)).isNull();
        assertThat(api.echoDate(null)).isNull();
        assertThat(api.echoTimestamp(null)).isNull();
        assertThat(api.echoTimestamptz(null)).isNull();
        assertThat(api.echoTime(null)).isNull();
        assertThat(api.echoTimetz(null)).isNull();
        assertThat(api.echoInterval(null)).isNull();
        assertThat(api.echoMood(null)).isNull();
        assertThat(api.echoPercent(null)).isNull();

        assertThat(api.echoSmallintArray(Arrays.asList(SMALLINT, null)))
                .isEqualTo(Arrays.asList(SMALLINT, null));
        assertThat(api.echoIntegerArray(Arrays.asList(INTEGER, null)))
                .isEqualTo(Arrays.asList(INTEGER, null));
        assertThat(api.echoBigintArray(Arrays.asList(BIGINT, null))).isEqualTo(Arrays.asList(BIGINT, null));
        assertThat(api.echoRealArray(Arrays.asList(REAL, null, Float.POSITIVE_INFINITY)))
                .isEqualTo(Arrays.asList(REAL, null, Float.POSITIVE_INFINITY));
        assertThat(api.echoDoubleArray(Arrays.asList(DOUBLE, null))).isEqualTo(Arrays.asList(DOUBLE, null));
        assertThat(api.echoNumericArray(Arrays.asList(NUMERIC, null)))
                .isEqualTo(Arrays.asList(NUMERIC, null));
        assertThat(api.echoBooleanArray(Arrays.asList(false, null))).isEqualTo(Arrays.asList(false, null));
        assertThat(api.echoTextArray(Arrays.asList(TEXT, null, "", "NULL")))
                .isEqualTo(Arrays.asList(TEXT, null, "", "NULL"));
        assertThat(api.echoVarcharArray(Arrays.asList(VARCHAR, null)))
                .isEqualTo(Arrays.asList(VARCHAR, null));
        assertThat(api.echoCharArray(Arrays.asList(CHAR, null))).isEqualTo(Arrays.asList(CHAR, null));
        assertThat(api.echoCitextArray(Arrays.asList(CITEXT, null))).isEqualTo(Arrays.asList(CITEXT, null));
        assertThat(api.echoJsonArray(Arrays.asList(JSON, null))).isEqualTo(Arrays.asList(JSON, null));
        assertThat(api.echoJsonbArray(Arrays.asList(JSONB, null))).isEqualTo(Arrays.asList(JSONB, null));
        var bytes = api.echoByteaArray(Arrays.asList(BYTEA, null, new byte[0]));
        assertThat(bytes).hasSize(3);
        assertThat(bytes.get(0)).isEqualTo(BYTEA);
        assertThat(bytes.get(1)).isNull();
        assertThat(bytes.get(2)).isEmpty();
        assertThat(api.echoUuidArray(Arrays.asList(ID, null))).isEqualTo(Arrays.asList(ID, null));
        assertThat(api.echoDateArray(Arrays.asList(DATE, null))).isEqualTo(Arrays.asList(DATE, null));
        assertThat(api.echoTimestampArray(Arrays.asList(TIMESTAMP, null)))
                .isEqualTo(Arrays.asList(TIMESTAMP, null));
        assertThat(api.echoTimestamptzArray(Arrays.asList(TIMESTAMPTZ, null)))
                .isEqualTo(Arrays.asList(TIMESTAMPTZ, null));
        assertThat(api.echoTimeArray(Arrays.asList(TIME, null))).isEqualTo(Arrays.asList(TIME, null));
        assertThat(api.echoTimetzArray(Arrays.asList(TIMETZ, null))).isEqualTo(Arrays.asList(TIMETZ, null));
        assertThat(api.echoIntervalArray(Arrays.asList(INTERVAL, null)))
                .isEqualTo(Arrays.asList(INTERVAL, null));
        assertThat(api.echoMoodArray(Arrays.asList(MOOD, null, Mood.SAD)))
                .isEqualTo(Arrays.asList(MOOD, null, Mood.SAD));
        assertThat(api.echoPercentArray(Arrays.asList(PERCENT, null)))
                .isEqualTo(Arrays.asList(PERCENT, null));

        assertThat(api.echoIntegerArray(List.of())).isEmpty();
        assertThat(api.echoTextArray(null)).isNull();
        assertThat(api.echoMoodArray(null)).isNull();
    }

    private static void callEveryResultShape(TypesApiV1 api, long full, long empty) throws Exception {
        assertThat(api.sampleIds()).containsExactly(full, empty);
        assertThat(api.samplesFrom(full)).extracting(SamplesRow::id).containsExactly(full, empty);
        assertThat(api.samplesFrom(empty + 1)).isEmpty();
        assertThat(api.oneSample(full).orElseThrow().cText()).isEqualTo(TEXT);
        assertThat(api.oneSample(-1L)).as("NULL from a function returning a row").isEmpty();
        assertThat(api.moodCounts()).containsExactly(new MoodCountsResult(MOOD, 1L));
        assertThat(api.split(7, 1)).isEqualTo(new SplitResult(3, 2));
        assertThat(api.total(List.of(1, 2, 3))).isEqualTo(6L);
        assertThat(api.total(List.of())).isNull();
        assertThat(api.searchPath()).as("the search path is pinned to the version's schema")
                .isEqualTo("types_api_v1, core");
        try (Stream<SamplesRow> rows = api.streamSamples()) {
            assertThat(rows.map(SamplesRow::id)).containsExactly(full, empty);
        }
        api.forget(empty);
        api.deleteSample(full);
        assertThat(api.samples()).isEmpty();
        assertThat(api.sampleIds()).isEmpty();
    }

    /** A view that breaks its not-null promise is reported, not read as zero. */
    public static String brokenPromise(DataSource dataSource) {
        var api = new TypesApiV1(dataSource);
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(IllegalStateException.class,
                api::completeSamples);
        assertThat(thrown).isNotNull();
        return thrown.getMessage();
    }

    /**
     * Calls the facade on a single connection that the caller prepared (autocommit off, a search path of its
     * own) and returns what the connection looks like afterwards: its search path and autocommit mode.
     */
    public static List<String> connectionAfterCalls(DataSource dataSource, Connection connection) throws Exception {
        var api = new TypesApiV1(dataSource);
        assertThat(api.searchPath()).isEqualTo("types_api_v1, core");
        assertThat(api.sampleIds()).isEmpty();
        try (Stream<Long> ids = api.streamSamples().map(SamplesRow::id)) {
            assertThat(ids).isEmpty();
        }
        var state = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SHOW search_path")) {
            rows.next();
            state.add(rows.getString(1));
        }
        state.add("autocommit=" + connection.getAutoCommit());
        return state;
    }
}
