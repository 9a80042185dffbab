package vn.ishc.shared;

/** The version a client read a record at, which a correction must send back. */
public final class Versions {

    private Versions() {
    }

    /** The version sent, or a refusal naming the missing field "version". */
    public static int required(Integer version) {
        if (version == null) {
            throw InvalidInputException.missing("version.missing", "version");
        }
        return version;
    }
}
