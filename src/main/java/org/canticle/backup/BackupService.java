package org.canticle.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.canticle.importing.ImportSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Backup and restore of the whole database, for admins. A restore is one transaction. */
@Service
class BackupService {

	private final BackupArchive archive;

	private final TransactionTemplate transactions;

	private final ImportSettings settings;

	BackupService(BackupRepository repository, JsonMapper json, Clock clock, TransactionTemplate transactions,
			ImportSettings settings) {
		this.archive = new BackupArchive(repository, json, clock);
		this.transactions = transactions;
		this.settings = settings;
	}

	BackupArchive.Manifest backup(OutputStream out, boolean withSecrets) throws IOException {
		// one read-only transaction: every table from the same moment
		try {
			return transactions.execute(status -> {
				try {
					return archive.write(out, withSecrets);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	BackupArchive.Manifest restore(byte[] content) {
		return transactions.execute(status -> archive.restore(content, settings.zipLimits()));
	}

}
