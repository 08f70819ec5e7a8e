package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.relationship.RelationshipMatrix;
import dev.parley.testing.BrowserTest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The relationship matrix and the camps on the bundled, curated data: a cell of Vladimir Putin and Donald Trump opens
 * their pair, and colouring the network by camp explains the balance in a sentence. The matrix is screenshot at
 * desktop size under target/browser-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelationshipMatrixBrowserTest extends BrowserTest {
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final ActorId TRUMP = ActorId.of("donald-trump");

    private void openMatrixTab() {
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Relationship matrix"))
                .click();
    }

    @Test
    void clicking_the_cell_of_putin_and_trump_opens_their_pair_with_the_rows_actor_first() {
        Dataset data = new DatasetLoader().load(Path.of("data")).dataset().orElseThrow();
        RelationshipMatrix matrix =
                RelationshipMatrix.of(ActorNetwork.of(data, EventFilter.all()), ExplorerState.DEFAULT_MATRIX);
        assertThat(matrix.cell(PUTIN, TRUMP)).isPresent();
        // below the diagonal, the row is the actor later in the matrix's order
        List<ActorId> order = matrix.actors();
        ActorId row = order.indexOf(PUTIN) > order.indexOf(TRUMP) ? PUTIN : TRUMP;
        ActorId column = row.equals(PUTIN) ? TRUMP : PUTIN;

        page.setViewportSize(1600, 1000);
        open("/", "#network");
        openMatrixTab();
        List<Double> cell = chartPixel("#relationship-matrix", 0, new PairKey(PUTIN, TRUMP));
        // the cell lies in its row actor's row and its column actor's column, where the diagonal names them
        List<Double> rowActor = chartPixel("#relationship-matrix", 2, new ActorKey(row));
        List<Double> columnActor = chartPixel("#relationship-matrix", 2, new ActorKey(column));
        assertThat(cell.get(1)).isCloseTo(rowActor.get(1), within(1.0));
        assertThat(cell.get(0)).isCloseTo(columnActor.get(0), within(1.0));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser-screenshots", "matrix.png")));
        clickChartItem("#relationship-matrix", 0, new PairKey(PUTIN, TRUMP));

        assertThat(page).hasURL(Pattern.compile(".*[?&]pair=" + row.value() + "(,|%2C)" + column.value() + "(&.*)?$"));
    }

    @Test
    void the_size_control_redraws_the_matrix_and_goes_into_the_url() {
        open("/", "#network");
        openMatrixTab();
        assertThat(page.locator("#matrix-note")).containsText("20 of ");

        choose("#matrix-size", "10 actors");

        assertThat(page).hasURL(Pattern.compile(".*[?&]matrix=10.*"));
        assertThat(page.locator("#matrix-note")).containsText("10 of ");
    }

    @Test
    void colouring_the_network_by_camp_explains_the_balance_in_a_sentence() {
        open("/", "#network");
        assertThat(page.locator("#network-balance")).isHidden();

        choose("#colouring", "Camp");

        assertThat(page).hasURL(Pattern.compile(".*[?&]colour=camp.*"));
        assertThat(page.locator("#network-balance")).isVisible();
        assertThat(page.locator("#network-balance"))
                .containsText(Pattern.compile("^Balance \\d+ %: of \\d+ triangles with three signed links, \\d+ are"
                        + " balanced \\(the friend of a friend is a friend, the enemy of an enemy is a friend\\)\\."));
        assertThat(page.locator("#network-balance")).containsText("against the split into two camps");
    }
}
