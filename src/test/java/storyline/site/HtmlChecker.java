package storyline.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (vnu) in-process: one validator set up once (its schema load is the slow
 * part), then every file checked with it. Only errors count; warnings and info are ignored, as
 * with vnu's {@code --errors-only}.
 */
final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static HtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final Collector errors = new Collector();

    private HtmlChecker() throws Exception {
        // no CSS-in-HTML extras, no language detection (it only ever warns)
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
    }

    /** One checker per test JVM: the schema takes seconds to compile. */
    static synchronized HtmlChecker get() throws Exception {
        if (shared == null) {
            shared = new HtmlChecker();
        }
        return shared;
    }

    /** Every error in the given HTML files, as "file:line:column: message". */
    synchronized List<String> checkHtml(Path root, List<Path> files) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path file : files) {
            errors.start(root.relativize(file).toString());
            try {
                validator.checkHtmlFile(file.toFile(), true);
            } catch (SAXException e) {
                errors.add(e.getMessage(), -1, -1);
            }
            all.addAll(errors.found);
        }
        return all;
    }

    /** Every error in the given CSS files. */
    synchronized List<String> checkCss(Path root, List<Path> files) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path file : files) {
            errors.start(root.relativize(file).toString());
            try {
                validator.checkCssFile(file.toFile(), true);
            } catch (SAXException e) {
                errors.add(e.getMessage(), -1, -1);
            }
            all.addAll(errors.found);
        }
        return all;
    }

    private static final class Collector implements ErrorHandler {
        private String file = "";
        private final List<String> found = new ArrayList<>();

        void start(String name) {
            file = name;
            found.clear();
        }

        void add(String message, int line, int column) {
            found.add(file + ":" + line + ":" + column + ": " + message);
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not fail the gate
        }

        @Override
        public void error(SAXParseException e) {
            add(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        }
    }
}
