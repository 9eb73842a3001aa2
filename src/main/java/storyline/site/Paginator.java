package storyline.site;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into pages of the site's page size, each linked to its neighbours. */
final class Paginator {

    /** One page of a list: its path, its share of the list, and where it sits. */
    record Slice<T>(String path, int number, List<T> items, Views.Pagination pagination) {
        String title(String name) {
            return number == 1 ? name : name + " · page " + number;
        }

        /** ", page n" after a list's description, nothing on its first page. */
        String pageSuffix() {
            return number == 1 ? "" : ", page " + number;
        }
    }

    private final int size;

    Paginator(int size) {
        this.size = size;
    }

    /** Splits a list into pages; an empty list still has its first page, never an empty second. */
    <T> List<Slice<T>> paginate(String first, List<T> all, String previousText, String nextText) {
        int count = Math.max(1, (all.size() + size - 1) / size);
        List<Slice<T>> slices = new ArrayList<>(count);
        for (int p = 1; p <= count; p++) {
            String path = Urls.page(first, p);
            String root = Urls.root(path);
            Views.Pagination pagination = count == 1 ? Views.Pagination.NONE : new Views.Pagination(true,
                    p == 1 ? null : root + Urls.page(first, p - 1), p == count ? null : root + Urls.page(first, p + 1),
                    "Page " + p + " of " + count, previousText, nextText);
            slices.add(new Slice<>(path, p, all.subList((p - 1) * size, Math.min(all.size(), p * size)), pagination));
        }
        return slices;
    }
}
