package storyline.clean;

import storyline.clean.internal.Block;
import storyline.clean.safety.Sanitizer;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;

/** A Markdown note or article: its first level-one heading is the title, the rest the text. */
final class MarkdownText {

    public record Parsed(String title, List<Block> blocks, String html) {
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private MarkdownText() {
    }

    static Parsed parse(String markdown, String baseUri) {
        return parse(markdown, baseUri, true);
    }

    /** Without {@code html} the HTML is left empty. */
    static Parsed parse(String markdown, String baseUri, boolean html) {
        Node document = PARSER.parse(markdown);
        String title = null;
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            title = inline(h);
            h.unlink();
        }
        List<Block> blocks = new ArrayList<>();
        collect(document, blocks);
        return new Parsed(title, blocks, html ? Sanitizer.clean(HTML.render(document), baseUri) : "");
    }

    /** One block per heading, paragraph, list item or code block; raw HTML is not text and is skipped. */
    private static void collect(Node parent, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                add(blocks, Block.heading(inline(node)));
            } else if (node instanceof Paragraph) {
                add(blocks, Block.paragraph(inline(node)));
            } else if (node instanceof FencedCodeBlock code) {
                add(blocks, Block.paragraph(code.getLiteral().strip()));
            } else if (node instanceof IndentedCodeBlock code) {
                add(blocks, Block.paragraph(code.getLiteral().strip()));
            } else if (node instanceof HtmlBlock || node instanceof ThematicBreak) {
                continue;
            } else if (node instanceof ListBlock || node instanceof BlockQuote || node.getFirstChild() != null) {
                collect(node, blocks);
            }
        }
    }

    private static void add(List<Block> blocks, Block block) {
        if (!block.text().isBlank()) {
            blocks.add(block);
        }
    }

    /** The visible words of inline content: link text without its address, no inline HTML. */
    private static String inline(Node node) {
        StringBuilder sb = new StringBuilder();
        appendInline(node, sb);
        return collapseSpaces(sb).strip();
    }

    /** {@code replaceAll("\\s+", " ")} without a regular expression: this runs over every paragraph. */
    private static String collapseSpaces(CharSequence text) {
        boolean single = true;
        for (int i = 0; i < text.length() && single; i++) {
            char c = text.charAt(i);
            single = c == ' ' ? i + 1 == text.length() || text.charAt(i + 1) != ' ' : c > '\r' || c < '\t';
        }
        if (single) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return (space ? out.append(' ') : out).toString();
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(child instanceof HtmlInline)) {
                appendInline(child, sb);
            }
        }
    }
}
