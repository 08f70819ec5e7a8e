package dev.parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetZipTest {
    @TempDir
    Path temp;

    private static byte[] zip(Path dataDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetZip().write(dataDir, out);
        return out.toByteArray();
    }

    /** Unzips into {@code target}, refusing entries that would land outside it (zip slip). */
    private static List<String> unzip(byte[] zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                names.add(entry.getName());
                if (!entry.isDirectory()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
        return names;
    }

    private static Dataset load(Path dir) {
        LoadResult result = new DatasetLoader().load(dir);
        assertThat(result.problems()).isEmpty();
        return result.dataset().orElseThrow();
    }

    @Test
    void an_empty_data_directory_gives_an_empty_zip() throws IOException {
        assertThat(unzip(zip(temp), temp.resolve("out"))).isEmpty();
    }

    @Test
    void the_unzip_helper_refuses_entries_that_escape_the_target() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../evil.yaml"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }

        assertThatThrownBy(() -> unzip(out.toByteArray(), temp.resolve("out")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(temp.resolve("evil.yaml")).doesNotExist();
    }

    @Test
    void the_fixture_unzips_to_a_directory_that_loads_the_same_dataset() throws IOException {
        List<String> names = unzip(zip(ExportFixtures.VALID_DIR), temp);

        assertThat(names)
                .containsExactly(
                        "data/actors.yaml",
                        "data/articles/2023-background.yaml",
                        "data/articles/2025-02-12-phone-call.yaml",
                        "data/articles/2025-03-talks.yaml");
        assertThat(load(temp.resolve(DatasetZip.ROOT))).isEqualTo(ExportFixtures.VALID);
    }

    @Test
    void files_are_copied_byte_for_byte_with_comments_and_a_byte_order_mark() throws IOException {
        Path bom = Path.of("src/test/resources/fixtures/bom");
        unzip(zip(bom), temp);

        for (String file : new DatasetZip().files(bom)) {
            assertThat(Files.readAllBytes(temp.resolve(DatasetZip.ROOT).resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(bom.resolve(file)));
        }
        assertThat(Files.readString(temp.resolve("data/actors.yaml"))).contains("#");
    }

    @Test
    void the_real_data_keeps_its_schemas_and_loads_unchanged() throws IOException {
        Path data = Path.of("data");
        List<String> names = unzip(zip(data), temp);

        assertThat(names)
                .contains("data/actors.yaml", "data/schema/actors.schema.json", "data/schema/article.schema.json");
        for (String file : new DatasetZip().files(data)) {
            assertThat(Files.readAllBytes(temp.resolve(DatasetZip.ROOT).resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(data.resolve(file)));
        }
        assertThat(load(temp.resolve(DatasetZip.ROOT))).isEqualTo(load(data));
    }

    @Test
    void hidden_files_other_files_and_symbolic_links_are_left_out() throws IOException {
        Path dir = temp.resolve("in");
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("actors.yaml"), "actors: []\n");
        Files.writeString(dir.resolve("articles/a.yaml"), "id: a\n");
        Files.writeString(dir.resolve("articles/.a.yaml.swp"), "backup");
        Files.writeString(dir.resolve("notes.txt"), "not data");
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "secret");
        Files.createSymbolicLink(dir.resolve("articles/link.yaml"), secret);

        assertThat(new DatasetZip().files(dir)).containsExactly("actors.yaml", "articles/a.yaml");
    }
}
