package org.guidepost.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (or says "development" when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = GuidepostCommand.class.getPackage().getImplementationVersion();
        return new String[] {"guidepost " + (version == null ? "development" : version)};
    }
}
