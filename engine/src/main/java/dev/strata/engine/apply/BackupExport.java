package dev.strata.engine.apply;

import dev.strata.engine.state.BackupEntry;
import dev.strata.engine.state.StateSchema;
import dev.strata.plan.sql.Sql;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes backup tables to files ({@code --export-backup DIR}): one CSV with a header per backup table, streamed
 * with {@code COPY ... TO STDOUT} so no row is held in memory, with a progress bar per table counted in rows.
 */
public final class BackupExport {

    private BackupExport() {
    }

    public static List<Path> export(Connection connection, List<BackupEntry> backups, Path directory)
            throws SQLException, IOException {
        Files.createDirectories(directory);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Path> files = new ArrayList<>();
        for (BackupEntry backup : backups) {
            Path file = directory.resolve(backup.planId() + "." + backup.backupTable() + ".csv");
            String sql = Sql.of("COPY").name(StateSchema.BACKUP_SCHEMA, backup.backupTable())
                    .kw("TO STDOUT WITH (FORMAT csv, HEADER true)").fragment();
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(backup.backupTable())
                    .setInitialMax(backup.rowCount()).setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1)
                    .continuousUpdate().build();
                 OutputStream out = new RowCounting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                         bar)) {
                copy.copyOut(sql, out);
            }
            files.add(file);
        }
        return files;
    }

    /** Counts rows by newlines on their way to the file (multi-line values make it an estimate, which is fine). */
    private static final class RowCounting extends FilterOutputStream {
        private final ProgressBar bar;
        private boolean header = true;

        RowCounting(OutputStream out, ProgressBar bar) {
            super(out);
            this.bar = bar;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            long rows = 0;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    rows++;
                }
            }
            if (header && rows > 0) {
                header = false;
                rows--;
            }
            bar.stepBy(rows);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
