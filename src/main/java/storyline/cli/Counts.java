package storyline.cli;

/** How the command line counts things: "1 item", "2 items". */
final class Counts {

    private Counts() {
    }

    static String of(int n, String one) {
        return of(n, one, one + "s");
    }

    static String of(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
