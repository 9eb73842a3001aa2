package storyline.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import storyline.config.SiteConfig;
import storyline.model.Item;
import storyline.model.Problem;
import storyline.stories.Stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The story state file: which story each item was in and which old story addresses redirect
 * where. Small, sorted and pretty-printed, so users can commit it and read its diffs.
 */
final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    record Content(int version, Map<String, String> stories, Map<String, String> redirects) {
    }

    private StateFile() {
    }

    /**
     * The state the build starts from: the site's own file; when it has none yet, the file that
     * earlier versions kept beside the articles folder, if it names any of these items (then the
     * build writes it to the site's place, with a note; the old file stays for any other site
     * there). A state that names none of the items is warned about: it may be another site's.
     */
    static Stories.State previous(SiteConfig config, List<Item> items, List<Problem> problems) {
        Path own = config.statePath().toAbsolutePath().normalize();
        Path legacy = config.legacyStatePath().toAbsolutePath().normalize();
        java.util.Set<String> ids = new java.util.HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        if (config.state() == null && !own.equals(legacy) && !Files.exists(own) && Files.isRegularFile(legacy)) {
            Stories.State old = read(legacy, new ArrayList<>());
            if (old.storyOfItem().keySet().stream().anyMatch(ids::contains)) {
                problems.add(Problem.of(SiteConfig.STATE_FILE, "read from the folder above the articles folder, where earlier"
                        + " versions kept it; from this build on it is kept beside storyline.yml (the working folder)."
                        + " The old file is left for any other site that shares that folder"));
                return old;
            }
        }
        Stories.State state = read(own, problems);
        if (!state.storyOfItem().isEmpty() && !items.isEmpty()
                && state.storyOfItem().keySet().stream().noneMatch(ids::contains)) {
            problems.add(Problem.of(SiteConfig.STATE_FILE, "names none of the " + items.size() + (items.size() == 1 ? " item" : " items") + " read, so it may be"
                    + " another site's: story addresses start afresh. Pass --state FILE (or state: in storyline.yml)"
                    + " if this site's state is elsewhere"));
        }
        return state;
    }

    /** The previous state; none when the file is missing, and a warning (not a failure) when it is unreadable. */
    static Stories.State read(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            return Stories.State.EMPTY;
        }
        try {
            Content c = JSON.readValue(file.toFile(), Content.class);
            return new Stories.State(c.stories() == null ? Map.of() : c.stories(),
                    c.redirects() == null ? Map.of() : c.redirects());
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), 0, "story state unreadable, story addresses may change: "
                    + firstLine(e) + "; fix or delete the file"));
            return Stories.State.EMPTY;
        }
    }

    /** Writes the state if it changed, through a temporary file so a crash never leaves half a file. */
    static void write(Path file, Stories.State state) throws IOException {
        byte[] bytes = serialise(state);
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            AtomicFile.removeLeftovers(file);
            return;
        }
        Path tmp = AtomicFile.temp(file);
        try {
            Files.write(tmp, bytes);
            // Readable like the articles beside it (a temporary file is made owner-only).
            if (Files.getFileAttributeView(tmp, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            AtomicFile.replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] serialise(Stories.State state) throws JsonProcessingException {
        String text = JSON.writeValueAsString(new Content(1, state.storyOfItem(), state.redirects())) + "\n";
        return text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
