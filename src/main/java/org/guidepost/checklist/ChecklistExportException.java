package org.guidepost.checklist;

/** A checklist that cannot be exported as asked (unknown name or language, no PDF font): a message and what to do. */
public final class ChecklistExportException extends Exception {

    private final String hint;
    private final boolean usageError;

    ChecklistExportException(String message, String hint, boolean usageError) {
        super(message);
        this.hint = hint;
        this.usageError = usageError;
    }

    /** True when the request named a checklist or language that does not exist (rather than the machine lacking something). */
    public boolean isUsageError() {
        return usageError;
    }

    public String hint() {
        return hint;
    }
}
