package dev.strata.compiler.project;

import dev.strata.compiler.diag.Code;

/**
 * The diagnostic codes of loading a project (S00xx): the part of the registry {@link Code} that the loader reports,
 * so its methods can only be given one of these. Code and title are the registry's.
 */
public enum LoadCode {
    DIRECTORY_NOT_FOUND(Code.DIRECTORY_NOT_FOUND),
    NOT_A_DIRECTORY(Code.NOT_A_DIRECTORY),
    NO_SOURCE_FILES(Code.NO_SOURCE_FILES),
    UNREADABLE_FILE(Code.UNREADABLE_FILE),
    FILE_TOO_LARGE(Code.FILE_TOO_LARGE),
    BINARY_FILE(Code.BINARY_FILE),
    NOT_UTF8(Code.NOT_UTF8),
    MALFORMED_PROJECT_FILE(Code.MALFORMED_PROJECT_FILE),
    UNKNOWN_PROJECT_KEY(Code.UNKNOWN_PROJECT_KEY),
    INVALID_PROJECT_VALUE(Code.INVALID_PROJECT_VALUE);

    private final Code registered;

    LoadCode(Code registered) {
        this.registered = registered;
    }

    /** The entry of the registry this code is. */
    public Code registered() {
        return registered;
    }

    public String code() {
        return registered.code();
    }

    public String title() {
        return registered.title();
    }
}
