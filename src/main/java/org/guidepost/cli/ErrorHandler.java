package org.guidepost.cli;

import java.io.UncheckedIOException;

import org.guidepost.site.UnsafeOutputException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line and an exit code; a stack trace only with --debug-like GUIDEPOST_DEBUG=1. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if ("1".equals(System.getenv("GUIDEPOST_DEBUG"))) {
            e.printStackTrace(commandLine.getErr());
        }
        if (e instanceof SiteNotLoaded) {
            return ExitCodes.CONTENT_ERRORS;
        }
        if (e instanceof UnsafeOutputException) {
            commandLine.getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof UncheckedIOException io) {
            commandLine.getErr().println("error: " + io.getMessage() + ": " + io.getCause().getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        commandLine.getErr().println("internal error: " + e + " (please report it; run with GUIDEPOST_DEBUG=1 for details)");
        return 3;
    }
}
