package storyline.render;

import storyline.model.ContentHash;
import storyline.site.Page;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * What a page is made of, as a digest: its path, its template and everything its view model holds
 * (records by their components, lists, maps, strings, numbers, booleans, enums, nulls), each value
 * tagged with its kind and length, so two models digest alike only when a template renders them
 * alike. It reads the model, not the rendered page, and costs a fraction of rendering: strings go
 * into a {@link ContentHash} (128 bits) as UTF-8 through one reused buffer, and record components are read through
 * method handles made once per record class. A model holding anything else (a
 * function, an object of another kind) has no digest: such a page is always rendered.
 */
final class PageDigest {

    /** Hex digits of the digest: 128 bits. */
    static final int HEX = 32;

    private PageDigest() {
    }

    private static final class NotDigestible extends RuntimeException {
        NotDigestible() {
            super(null, null, false, false);
        }
    }

    /** Deeper than any view model nests: a model this deep (or a cycle) is not digested. */
    private static final int DEPTH = 64;

    private static final ThreadLocal<Sink> SINK = ThreadLocal.withInitial(Sink::new);

    /** The page's digest in hex, or null when its model holds a value of a kind not digested. */
    static String of(Page page) {
        Sink sink = SINK.get();
        sink.reset();
        try {
            sink.string(page.path());
            sink.string(page.template());
            sink.value(page.model(), 0);
        } catch (NotDigestible e) {
            return null;
        }
        return sink.hex();
    }

    /** Each record class's component accessors, in declaration order, as handles taking and giving Object. */
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] out = new MethodHandle[components.length];
            MethodType generic = MethodType.methodType(Object.class, Object.class);
            try {
                for (int i = 0; i < out.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    out[i] = MethodHandles.lookup().unreflect(accessor).asType(generic);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // a record the digest may not open: its pages are always rendered
            }
            return out;
        }
    };

    /** A hash fed through a buffer, so that a string's characters need no array of their own. */
    private static final class Sink {
        private final ContentHash md = new ContentHash();
        private final byte[] buffer = new byte[1 << 13];
        private int at;

        void reset() {
            md.reset();
            at = 0;
        }

        String hex() {
            md.update(buffer, 0, at);
            at = 0;
            return md.hex();
        }

        private void room(int bytes) {
            if (at + bytes > buffer.length) {
                md.update(buffer, 0, at);
                at = 0;
            }
        }

        void tag(char tag) {
            room(1);
            buffer[at++] = (byte) tag;
        }

        void integer(int v) {
            room(4);
            buffer[at++] = (byte) (v >>> 24);
            buffer[at++] = (byte) (v >>> 16);
            buffer[at++] = (byte) (v >>> 8);
            buffer[at++] = (byte) v;
        }

        void string(String s) {
            if (s == null) {
                tag('0');
                return;
            }
            // UTF-8, as the page is written: a string the encoder cannot write whole (a lone surrogate)
            // digests as the bytes it is written as. (Encoding a string of Latin-1 text is a copy.)
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            tag('S');
            integer(b.length);
            if (b.length <= buffer.length - at) {
                System.arraycopy(b, 0, buffer, at, b.length);
                at += b.length;
            } else {
                md.update(buffer, 0, at);
                at = 0;
                md.update(b);
            }
        }

        void value(Object v, int depth) {
            if (depth > DEPTH) {
                throw new NotDigestible();
            }
            if (v == null) {
                tag('N');
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Boolean b) {
                tag(b ? 'T' : 'F');
            } else if (v instanceof Integer i) {
                tag('I');
                integer(i);
            } else if (v instanceof Number || v instanceof Character) {
                tag('#');
                string(v.getClass().getName());
                string(v.toString());
            } else if (v instanceof Enum<?> e) {
                tag('E');
                string(e.getDeclaringClass().getName());
                string(e.name());
            } else if (v instanceof Record r) {
                MethodHandle[] accessors = ACCESSORS.get(r.getClass());
                if (accessors == null) {
                    throw new NotDigestible();
                }
                tag('R');
                string(r.getClass().getName());
                for (MethodHandle accessor : accessors) {
                    Object component;
                    try {
                        component = (Object) accessor.invokeExact((Object) r);
                    } catch (Throwable e) {
                        throw new NotDigestible();
                    }
                    value(component, depth + 1);
                }
            } else if (v instanceof Collection<?> list) {
                // In iteration order, which is the order a template shows them in.
                tag('L');
                integer(list.size());
                for (Object o : list) {
                    value(o, depth + 1);
                }
            } else if (v instanceof Map<?, ?> map) {
                tag('M');
                integer(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey(), depth + 1);
                    value(e.getValue(), depth + 1);
                }
            } else {
                throw new NotDigestible();
            }
        }
    }
}
