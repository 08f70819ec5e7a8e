package dev.parley.gitdata;

import dev.parley.dataset.DatasetService;
import dev.parley.dataset.ParleyProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code parley.data.git-remote} set, the node's data directory is a clone of that remote: {@link GitSync}
 * makes the clone before the first load (the dataset service waits for it as a {@code DataDirSetup}) and is the
 * studio's {@code DataRemote}; {@link GitPoller} follows the remote. Without the setting none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${parley.data.git-remote:}'.isBlank()")
class GitDataConfiguration {

    @Bean(destroyMethod = "close")
    GitSync gitSync(ParleyProperties parley, GitDataProperties settings) {
        return GitSync.start(settings, parley.dataDir());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    GitPoller gitPoller(GitSync sync, DatasetService datasets, GitDataProperties settings) {
        return new GitPoller(sync, datasets, settings.gitPoll());
    }
}
