package io.inventoryledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one external command to completion and returns its exit code and output. */
final class Shell {
    record Result(int exitCode, String output) {
        Result orFail(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (" + exitCode + "): " + output);
            }
            return this;
        }
    }

    private Shell() {}

    static Result run(List<String> command, long timeoutSeconds) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }
}
