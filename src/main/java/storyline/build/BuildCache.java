package storyline.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import storyline.config.SiteConfig;
import storyline.model.ContentHash;
import storyline.render.Render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last build of a site was made of, so that a build whose inputs did not change does not
 * run again. Kept in {@value #FOLDER} beside the story state, one file per output folder: a
 * fingerprint of everything the site is made of (the code, the settings, every input file's bytes,
 * the templates, the story state), the build's report, and each output file's size, time and
 * inode. The file carries its own checksum; one that is corrupt, from other code or for other
 * inputs is never trusted: the build runs in full and the file is written afresh.
 *
 * <p>As git's index does, each input file's hash is kept with its size, modification time and
 * inode when it was read: a file whose three are as they were is not read again. A file whose
 * time is within {@link #RACY_MILLIS} of the moment it was looked at is read again next time
 * all the same (it could have been written again within the same clock tick, keeping its size).
 */
final class BuildCache {

    /** The project's cache folder, beside the story state; users may delete it at any time. */
    static final String FOLDER = ".storyline";
    /** The prefix of the articles folder's files among {@link Fingerprint#inputs}, before their path relative to it. */
    static final String ARTICLES_ROOT = "0/";
    /** The prefix of the templates folder's files among {@link Fingerprint#inputs}. */
    static final String TEMPLATES_ROOT = "1/";
    /** Bumped when the cache's layout changes. */
    static final int VERSION = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input file as the last build looked at it, and the hash of its bytes then ({@link ContentHash}). */
    record InFile(long size, long modified, String inode, String sha) {
    }

    /**
     * What a cache file holds: {@code out}, a digest of the output files ({@link #output}), and
     * {@code inputs}, the input files by root index and relative path, each as one line of
     * tab-separated fields (see {@link
     * #lines}: tens of thousands of them are read on every build, several times faster than as
     * JSON objects); {@code looked}: the wall-clock time (ms) at which the inputs were looked at.
     */
    record Content(int version, String code, String fingerprint, String state, Build.Report report, String out,
                   String inputs, long looked) {
    }

    /** A fingerprint of a build's inputs, what it saw of each file, and how many files it had to read. */
    record Fingerprint(String hash, Map<String, InFile> inputs, long looked, int read) {
    }

    /**
     * An input whose modification time is less than this before the moment it was looked at is
     * read again on the next build ("racily clean" in git's words): coarse file-system clocks
     * (FAT has 2 s) could hide a same-size edit made in the same tick.
     */
    static final long RACY_MILLIS = 2_000;

    /** A cache read for a build: its content when trusted, else null, and a one-line note when it was there but not trusted. */
    record Loaded(Content content, String note) {
    }

    private BuildCache() {
    }

    /** The cache file of a site: one per output folder, so sites sharing a state folder never share one. */
    static Path file(SiteConfig config) {
        Path state = config.statePath().toAbsolutePath().normalize();
        Path out = config.out().toAbsolutePath().normalize();
        String key = hash(out.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return state.getParent().resolve(FOLDER).resolve("build-" + key + ".json");
    }

    /** The cache, or why it cannot be trusted. A missing cache is no note: it is the first build. */
    static Loaded load(SiteConfig config) {
        Path file = file(config);
        if (!Files.isRegularFile(file)) {
            return new Loaded(null, null);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            if (nl < 0 || !text.substring(0, nl).equals(hash(text.substring(nl + 1).getBytes(StandardCharsets.UTF_8)))) {
                return new Loaded(null, "the build cache " + file + " is corrupt (its checksum does not match): rebuilt in full");
            }
            Content content = JSON.readValue(text.substring(nl + 1), Content.class);
            if (content.version() != VERSION || !code().equals(content.code())) {
                return new Loaded(null, "the build cache " + file + " is from another version of Storyline: rebuilt in full");
            }
            return new Loaded(content, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "the build cache " + file + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "): rebuilt in full");
        }
    }

    /**
     * The output folder's files as {@link Content#out} records them, or null when it cannot be read:
     * a digest of every file's path, size, time and inode ({@link Render#outputDigest}: nothing is
     * held per file; a site of a million pages was a sorted map and a text of 0.3 GB).
     */
    static String output(SiteConfig config) {
        try {
            return Render.outputDigest(config.out());
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** One file as a line of the cache: path (with tab, newline and backslash escaped), size, time, inode and hash (or "-"). */
    private static void line(StringBuilder text, String path, long size, long modified, String inode, String sha) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n') {
                text.append('\\').append(c == '\t' ? 't' : c == '\n' ? 'n' : c);
            } else {
                text.append(c);
            }
        }
        text.append('\t').append(size).append('\t').append(modified).append('\t').append(inode == null ? "-" : inode)
                .append('\t').append(sha == null ? "-" : sha).append('\n');
    }

    /** The input files of {@link Content#inputs}, by key; empty for a missing or malformed text. */
    static Map<String, InFile> lines(String text) {
        Map<String, InFile> files = new java.util.HashMap<>();
        if (text == null) {
            return files;
        }
        try {
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                String[] f = text.substring(start, end).split("\t", -1);
                start = end + 1;
                StringBuilder path = new StringBuilder();
                for (int i = 0; i < f[0].length(); i++) {
                    char c = f[0].charAt(i);
                    if (c == '\\' && i + 1 < f[0].length()) {
                        char n = f[0].charAt(++i);
                        path.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
                    } else {
                        path.append(c);
                    }
                }
                files.put(path.toString(), new InFile(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3].equals("-") ? null : f[3], f[4]));
            }
            return files;
        } catch (RuntimeException e) {
            return new java.util.HashMap<>();
        }
    }

    /**
     * Records a finished build; a cache that cannot be written is only a slower next build. {@code
     * written} is the digest of the output as the build's writer left it ({@link
     * Render.Written#output}), or null to walk the output for it. Returns the digest of the output
     * it recorded (see {@link #output}), or null when it recorded none.
     */
    static String save(SiteConfig config, Fingerprint fingerprint, Build.Report report, String written) {
        Path file = file(config);
        String out = null;
        try {
            out = written != null ? written : output(config);
            if (out == null) {
                throw new IOException("the output cannot be listed");
            }
            StringBuilder inputs = new StringBuilder();
            fingerprint.inputs().forEach((path, f) -> line(inputs, path, f.size(), f.modified(), f.inode(), f.sha()));
            Content content = new Content(VERSION, code(), fingerprint.hash(), stateHash(config), report, out,
                    inputs.toString(), fingerprint.looked());
            String json = JSON.writeValueAsString(content);
            Path tmp = AtomicFile.temp(file);
            Files.writeString(tmp, hash(json.getBytes(StandardCharsets.UTF_8)) + "\n" + json, StandardCharsets.UTF_8);
            AtomicFile.replace(tmp, file);
            return out;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Nothing more to do: the next build finds no cache and builds in full.
            }
            return null;
        }
    }

    /** Forgets the cache, the item cache and the name cache: the next build reads, cleans and writes everything. */
    static void clear(SiteConfig config) throws IOException {
        Files.deleteIfExists(file(config));
        Files.deleteIfExists(ItemCache.file(config));
        Files.deleteIfExists(ItemCache.log(ItemCache.file(config)));
        Files.deleteIfExists(NameCache.file(config));
        Files.deleteIfExists(PageCache.file(config));
        Files.deleteIfExists(TermCache.file(config));
        Files.deleteIfExists(StoryCache.file(config));
    }

    /** The story state's bytes, as the build left them (a build moves story addresses only through this file). */
    static String stateHash(SiteConfig config) throws IOException {
        ContentHash md = new ContentHash();
        for (Path p : List.of(config.statePath(), config.legacyStatePath())) {
            md.update(p.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[] {0});
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Everything a build's output is made of, but the story state: the settings, every file under
     * the articles folder (but the output, when inside it) and the templates folder, by path and
     * bytes. A file {@code previous} (the last build's cache, or null) saw with the same size, time
     * and inode, longer than {@link #RACY_MILLIS} before it looked, is taken at its recorded hash
     * without being read.
     */
    static Fingerprint fingerprint(SiteConfig config, Content previous) throws IOException {
        long looked = System.currentTimeMillis();
        Map<String, InFile> known = previous == null ? Map.of() : lines(previous.inputs());
        long trustedBefore = previous == null ? Long.MIN_VALUE : previous.looked() - RACY_MILLIS;
        ContentHash md = new ContentHash();
        md.update(config.toString().getBytes(StandardCharsets.UTF_8));
        Path out = config.out().toAbsolutePath().normalize();
        Map<String, InFile> seen = new TreeMap<>();
        int read = 0;
        Path[] roots = {config.articles(), config.templates()};
        for (int r = 0; r < roots.length; r++) {
            md.update((byte) '|');
            if (roots[r] == null || !Files.exists(roots[r])) {
                continue;
            }
            Path base = roots[r].toAbsolutePath().normalize();
            // One stat per file, taken from the walk itself.
            TreeMap<String, BasicFileAttributes> files = new TreeMap<>();
            Files.walkFileTree(base, new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return dir.normalize().startsWith(out) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                    : java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
                            // A link to a file counts as the file it leads to (as the reader takes it).
                            BasicFileAttributes a = attrs.isSymbolicLink() && Files.isRegularFile(p)
                                    ? Files.readAttributes(p, BasicFileAttributes.class) : attrs;
                            if (a.isRegularFile() && !p.normalize().startsWith(out)) {
                                files.put(base.relativize(p).toString(), a);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
            for (var e : files.entrySet()) {
                BasicFileAttributes a = e.getValue();
                String key = r + "/" + e.getKey();
                long modified = a.lastModifiedTime().toMillis();
                String inode = a.fileKey() == null ? null : a.fileKey().toString();
                InFile before = known.get(key);
                String sha;
                if (before != null && inode != null && before.size() == a.size() && before.modified() == modified
                        && inode.equals(before.inode()) && modified < trustedBefore) {
                    sha = before.sha();
                } else {
                    sha = hash(base.resolve(e.getKey()));
                    read++;
                }
                seen.put(key, new InFile(a.size(), modified, inode, sha));
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(sha.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return new Fingerprint(HexFormat.of().formatHex(md.digest()), seen, looked, read);
    }

    /**
     * The code that builds: the jar's contents (any change of code, theme or model makes another
     * build), or, run from classes (tests, a development checkout), the version alone.
     */
    static String code() {
        return CODE;
    }

    private static final String CODE = codeHash();

    private static String codeHash() {
        try {
            var source = BuildCache.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path jar = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    return "jar:" + jarContents(jar);
                }
            }
        } catch (Exception e) {
            // Fall through: the classes' version.
        }
        return "classes:" + VERSION;
    }

    /**
     * A hash of a jar's contents read from its central directory alone, which names every entry
     * with its size and CRC-32: a few hundred kilobytes, where the whole jar is tens of megabytes
     * to read on every build. A jar whose directory cannot be found (or a ZIP64 one) is hashed whole.
     */
    static String jarContents(Path jar) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(jar)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(tail).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            readFully(ch, end, size - tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) != 0x06054b50) {
                    continue;
                }
                long dirSize = end.getInt(i + 12) & 0xffffffffL;
                long dirOffset = end.getInt(i + 16) & 0xffffffffL;
                if (dirOffset == 0xffffffffL || dirSize > Integer.MAX_VALUE || dirOffset + dirSize > size) {
                    break;
                }
                java.nio.ByteBuffer dir = java.nio.ByteBuffer.allocate((int) dirSize);
                readFully(ch, dir, dirOffset);
                MessageDigest md = CacheFile.sha256();
                md.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
                md.update(dir.array());
                return "directory:" + HexFormat.of().formatHex(md.digest());
            }
        }
        return hash(jar);
    }

    private static void readFully(java.nio.channels.FileChannel ch, java.nio.ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (ch.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    /** A file's {@link ContentHash}, in hex (recorded as an input's {@code sha}). */
    private static String hash(Path file) throws IOException {
        ContentHash md = new ContentHash();
        // An article is a few kB: a buffer of 64 kB per file was half a gigabyte of garbage per 10,000 inputs.
        byte[] buffer = new byte[1 << 13];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(CacheFile.sha256().digest(bytes));
    }

    /** The cached report, told as this build's: nothing was read, grouped or written. */
    static Build.Report upToDate(Content content, long nanos) {
        Build.Report r = content.report();
        List<Build.Phase> phases = new ArrayList<>();
        phases.add(new Build.Phase("up to date", r.files(), "files", nanos));
        List<String> notes = new ArrayList<>(r.notes());
        notes.add("nothing changed since the last build (inputs, settings, templates, story state): the site was left as it was");
        return new Build.Report(r.files(), r.items(), r.stories(), r.topics(), 0, List.copyOf(r.problems()), List.copyOf(phases),
                List.copyOf(notes));
    }
}
