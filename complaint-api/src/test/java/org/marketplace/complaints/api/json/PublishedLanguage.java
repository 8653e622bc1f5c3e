package org.marketplace.complaints.api.json;

import org.marketplace.complaints.api.ComplaintId;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The records compiled into a package of complaint-api's main classes (not the tests of the same package). */
final class PublishedLanguage {

    private PublishedLanguage() {
    }

    static List<Class<?>> recordsIn(String packageName) throws ClassNotFoundException, URISyntaxException {
        Path mainClasses = Path.of(ComplaintId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File folder = mainClasses.resolve(packageName.replace('.', File.separatorChar)).toFile();
        List<Class<?>> records = new ArrayList<>();
        for (File file : Objects.requireNonNull(folder.listFiles(), folder::toString)) {
            String name = file.getName();
            if (name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length()));
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        return records;
    }
}
