package dev.strata.engine.session;

import java.io.PrintStream;

/** Where the runtime tells a person what it is doing (the command line prints it; tests collect it). */
public interface Reporter {

    void info(String line);

    void warn(String line);

    static Reporter to(PrintStream out) {
        return new Reporter() {
            @Override
            public void info(String line) {
                out.println(line);
            }

            @Override
            public void warn(String line) {
                out.println("warning: " + line);
            }
        };
    }

    static Reporter silent() {
        return new Reporter() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }
        };
    }
}
