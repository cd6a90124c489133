package org.canticle.importing;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip into memory, entry by entry, with limits checked while inflating (never
 * trusting the sizes the zip declares): the number of entries, the total uncompressed
 * size, and the ratio of bytes inflated to bytes read. An entry whose name climbs out of
 * the archive (../, absolute, drive letter) is refused and never extracted. Nothing is
 * ever written to disk.
 */
public final class SafeZip {

	public record Limits(int maxEntries, long maxTotalBytes, int maxRatio) {
	}

	public record Entry(String name, byte[] content) {
	}

	/** What came out of the archive: its entries, and the entries refused one by one. */
	public record Contents(List<Entry> entries, List<Refusal> refusals) {
	}

	/**
	 * An archive that breaks a limit: refused as a whole, so that no half of it is
	 * imported.
	 */
	static final class LimitExceededException extends ImportRefusedException {

		LimitExceededException(String reason) {
			super(reason);
		}

	}

	/**
	 * Below this many bytes the ratio is not checked: tiny, very repetitive text files
	 * compress very well.
	 */
	private static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private SafeZip() {
	}

	static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	public static Contents read(String archive, InputStream input, Limits limits) {
		CountingStream counted = new CountingStream(input);
		List<Entry> entries = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		long total = 0;
		int count = 0;
		try (ZipInputStream zip = new ZipInputStream(counted)) {
			ZipEntry entry;
			byte[] buffer = new byte[8192];
			while ((entry = zip.getNextEntry()) != null) {
				if (++count > limits.maxEntries()) {
					throw new LimitExceededException(
							"more than " + limits.maxEntries() + " entries: the archive is refused");
				}
				String name = entry.getName();
				if (entry.isDirectory() || ignorable(name)) {
					continue;
				}
				String unsafe = unsafeName(name);
				if (unsafe != null) {
					refusals.add(new Refusal(archive + "!" + name, 0, unsafe));
					continue;
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > limits.maxTotalBytes()) {
						throw new LimitExceededException("uncompressed content over "
								+ limits.maxTotalBytes() / (1024 * 1024) + " MB: the archive is refused");
					}
					if (total > RATIO_GRACE_BYTES && total > (long) limits.maxRatio() * Math.max(counted.count, 1)) {
						throw new LimitExceededException("compression ratio over " + limits.maxRatio()
								+ ":1, which is what a zip bomb looks like: the archive is refused");
					}
					out.write(buffer, 0, n);
				}
				entries.add(new Entry(archive + "!" + name, out.toByteArray()));
			}
		}
		catch (ZipException ex) {
			throw new ImportRefusedException("not a readable zip archive: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ImportRefusedException("could not read the archive: " + ex.getMessage());
		}
		if (count == 0) {
			throw new ImportRefusedException("an empty or unreadable zip archive");
		}
		return new Contents(entries, refusals);
	}

	/** Folders' and operating systems' litter, skipped without a word. */
	private static boolean ignorable(String name) {
		return name.startsWith("__MACOSX/") || name.endsWith(".DS_Store") || name.endsWith("Thumbs.db")
				|| name.endsWith("desktop.ini");
	}

	/** Why a name is unsafe, or null when it is fine. */
	static String unsafeName(String name) {
		String normalised = name.replace('\\', '/');
		if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*")) {
			return "absolute path in archive entry name: refused, not extracted";
		}
		for (String part : normalised.split("/")) {
			if (part.equals("..")) {
				return "path traversal (..) in archive entry name: refused, not extracted";
			}
		}
		if (normalised.indexOf('\0') >= 0) {
			return "NUL character in archive entry name: refused, not extracted";
		}
		return null;
	}

	/** Counts the compressed bytes the inflater actually consumed from the upload. */
	private static final class CountingStream extends FilterInputStream {

		long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
