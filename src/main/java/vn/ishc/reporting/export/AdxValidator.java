package vn.ishc.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a document against the ADX loose schema ({@code adx_loose.xsd} of IHE QRPH ADX 2015, with the
 * SDMX common types it imports), kept in the application's resources under {@code reporting/adx/}.
 * Every export must pass it before it leaves the system.
 */
public final class AdxValidator {

    static final String SCHEMA = "/reporting/adx/adx_loose.xsd";

    private AdxValidator() {
    }

    /** The compiled schema, built once: it is thread-safe and the SDMX types take a moment to read. */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            URL xsd = AdxValidator.class.getResource(AdxValidator.SCHEMA);
            if (xsd == null) {
                throw new IllegalStateException("ADX schema missing from the classpath: " + AdxValidator.SCHEMA);
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                // The schema's own imports are files beside it, on disk or in a jar: the JDK checks a
                // "jar:file:" URL as "file" and the Boot jar's "jar:nested:" as "nested". Nothing else.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,nested");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("ADX schema unreadable", e);
            }
        }
    }

    /**
     * What is wrong with the document, one line per problem with its line and column; empty when it
     * is a valid ADX document. A document that is not XML at all gives one problem.
     */
    public static List<String> problems(InputStream document) {
        List<String> problems = new ArrayList<>();
        Validator validator = Holder.SCHEMA.newValidator();
        try {
            // A document to check may come from outside: it may not make us fetch anything.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new StreamSource(document));
        } catch (SAXParseException e) {
            // the handler recorded it before stopping the check
            if (problems.isEmpty()) {
                problems.add(Collector.describe(e));
            }
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(problems);
    }

    public static List<String> problems(byte[] document) {
        return problems(new ByteArrayInputStream(document));
    }

    public static boolean isValid(byte[] document) {
        return problems(document).isEmpty();
    }

    /** Collects schema errors so that one call reports them all; a broken document stops the check. */
    private record Collector(List<String> problems) implements ErrorHandler {

        static String describe(SAXParseException e) {
            return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            problems.add(describe(e));
            throw e;
        }
    }
}
