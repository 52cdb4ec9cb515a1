package io.github.kinerja.json;

/**
 * The problems that keep a JSON document from being read, each with a stable code that callers may switch on.
 *
 * <p>The code is also the key of the message in the bundle {@value JsonReadException#BUNDLE}.
 */
public enum JsonProblem {
    /** The text is not JSON: a stray character, a missing quote or comma. */
    SYNTAX("json.syntax"),
    /** The text ends before the document does. */
    TRUNCATED("json.truncated"),
    /** The text contains no JSON value at all. */
    EMPTY("json.empty"),
    /** A value has the wrong JSON type, such as an array where an object is expected. */
    WRONG_TYPE("json.wrongType"),
    /** A required property is absent or {@code null}. */
    MISSING_PROPERTY("json.missingProperty"),
    /** A property is not part of the format, and unknown properties are rejected. */
    UNKNOWN_PROPERTY("json.unknownProperty"),
    /** An object names the same property twice. */
    DUPLICATE_PROPERTY("json.duplicateProperty"),
    /** An enum code is not one of the codes the format defines. */
    UNKNOWN_CODE("json.unknownCode"),
    /** A number is too large, too small or too long to be a plain decimal of the format. */
    NUMBER_OUT_OF_RANGE("json.numberOutOfRange"),
    /** A text does not have the form the format requires, such as a date that is not ISO-8601. */
    INVALID_TEXT("json.invalidText"),
    /** The values are well-formed but break a rule of the core model, such as a period that ends before it starts. */
    INVALID_VALUE("json.invalidValue"),
    /** The document's {@code formatVersion} is not one this library reads. */
    UNSUPPORTED_VERSION("json.unsupportedVersion"),
    /** The document's {@code type} is not a known document type. */
    UNKNOWN_DOCUMENT_TYPE("json.unknownDocumentType"),
    /** The document's type is written only, as the record of a calculation, and this version cannot read it. */
    NOT_READABLE("json.notReadable"),
    /** The document is of another type than the caller asked for. */
    WRONG_DOCUMENT_TYPE("json.wrongDocumentType"),
    /** A stored result differs from the result recomputed from the input and settings it records. */
    RESULT_MISMATCH("json.resultMismatch"),
    /** Objects and arrays are nested deeper than the format allows. */
    TOO_DEEP("json.tooDeep"),
    /** A text or a JSON Lines line is longer than the format allows. */
    TOO_LONG("json.tooLong"),
    /** The input could not be read at all, for example because the underlying stream failed. */
    INPUT_FAILED("json.inputFailed");

    private final String code;

    JsonProblem(String code) {
        this.code = code;
    }

    /** Returns the stable code, such as {@code json.unknownProperty}, also the message key in the bundle. */
    public String code() {
        return code;
    }
}
