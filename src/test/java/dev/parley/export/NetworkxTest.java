package dev.parley.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkxTest {
    @TempDir
    Path dir;

    @Test
    void without_a_python_that_has_networkx_the_test_fails_and_says_how_to_install_it() {
        assertThatThrownBy(() -> Networkx.read(
                        List.of(), dir, List.of(dir.resolve("no-python").toString())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no Python that can import networkx")
                .hasMessageContaining("no-python (not found)")
                .hasMessageContaining("apt-get install python3-networkx")
                .hasMessageContaining("pip install networkx");
    }
}
