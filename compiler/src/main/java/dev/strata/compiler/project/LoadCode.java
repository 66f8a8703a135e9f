package dev.strata.compiler.project;

/** The diagnostic codes of loading a project (S00xx). Each has a section in {@code docs/diagnostics.md}. */
public enum LoadCode {
    DIRECTORY_NOT_FOUND("S0001", "directory not found"),
    NOT_A_DIRECTORY("S0002", "not a directory"),
    NO_SOURCE_FILES("S0003", "no .strata files"),
    UNREADABLE_FILE("S0004", "file cannot be read"),
    FILE_TOO_LARGE("S0005", "file too large"),
    BINARY_FILE("S0006", "binary file"),
    NOT_UTF8("S0007", "file is not UTF-8"),
    MALFORMED_PROJECT_FILE("S0008", "malformed strata.toml"),
    UNKNOWN_PROJECT_KEY("S0009", "unknown key in strata.toml"),
    INVALID_PROJECT_VALUE("S0010", "invalid value in strata.toml");

    private final String code;
    private final String title;

    LoadCode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
