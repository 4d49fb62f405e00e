package ma.oim.site.media;

import java.io.ByteArrayInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import ma.oim.site.testsupport.TestImages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The upload rules, on the processor alone: content checked, bombs refused, metadata gone. */
class ImageProcessorTests {

	final ImageProcessor processor = new ImageProcessor();

	@Test
	void photoWithGpsComesBackWithoutAnyExif() throws Exception {
		byte[] photo = TestImages.jpegWithGpsExif(2000, 1500);
		Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo carries GPS").isNotNull();
		assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getString(GpsDirectory.TAG_LATITUDE_REF))
			.isEqualTo("N");

		ImageProcessor.Processed processed = this.processor.process(photo);
		assertThat(processed.variants()).extracting(ImageProcessor.Variant::width).containsExactly(480, 960, 1600);
		assertThat(processed.width()).isEqualTo(1600);
		assertThat(processed.height()).isEqualTo(1200);
		assertThat(processed.contentType()).isEqualTo("image/jpeg");
		for (ImageProcessor.Variant variant : processed.variants()) {
			Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(variant.bytes()));
			assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
			assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
			assertThat(new String(variant.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		}
	}

	@Test
	void smallImageIsNotEnlarged() throws Exception {
		ImageProcessor.Processed processed = this.processor.process(TestImages.png(300, 200));
		assertThat(processed.variants()).extracting(ImageProcessor.Variant::width).containsExactly(300);
		assertThat(processed.contentType()).isEqualTo("image/png");
	}

	@Test
	void nonImageNamedJpgIsRefusedByItsContent() {
		assertRejected(TestImages.textRenamedJpg(), "media.error.notAnImage");
	}

	@Test
	void fileOverTenMegabytesIsRefused() {
		assertRejected(new byte[(int) ImageProcessor.MAX_BYTES + 1], "media.error.tooLarge");
	}

	@Test
	void imageDeclaringHugeDimensionsIsRefusedBeforeDecoding() {
		assertRejected(TestImages.pngDeclaring(100_000, 100_000), "media.error.tooManyPixels");
		assertRejected(TestImages.pngDeclaring(9_000, 9_000), "media.error.tooManyPixels");
	}

	@Test
	void emptyAndTruncatedFilesAreRefused() {
		assertRejected(new byte[0], "media.error.empty");
		byte[] jpeg = TestImages.jpeg(800, 600);
		assertRejected(java.util.Arrays.copyOf(jpeg, 40), "media.error.unreadable");
	}

	private void assertRejected(byte[] upload, String reason) {
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> this.processor.process(upload))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

	/** Memory counted from the header: width × height × (bytes of the decoded pixel + the working copy). */
	@Test
	void decodedMemoryIsComputedFromTheHeaderWithTheDepthOfThePixels() throws Exception {
		byte[] bomb = TestImages.png16BitRgba(7000, 7000);
		assertThat(bomb.length).as("size on the wire").isLessThan(400_000);
		assertThat(ImageProcessor.decodedBytes(bomb)).isEqualTo(7000L * 7000 * (8 + 4));
		assertThat(ImageProcessor.decodedBytes(TestImages.png(300, 200))).isEqualTo(300L * 200 * (4 + 4));
		assertThat(ImageProcessor.decodedBytes(TestImages.jpeg(300, 200))).isEqualTo(300L * 200 * (3 + 4));
		assertRejected(bomb, "media.error.tooMuchMemory");
	}

	/**
	 * A phone's 12-megapixel photo fits the budget of a node with a 128 MB heap: it is read
	 * one pixel in two a side, which still leaves more than the widest variant.
	 */
	@Test
	void aPhonesPhotoIsDecodedAtTheSizeItIsShownAndFitsASmallBudget() throws Exception {
		byte[] photo = TestImages.jpeg(4032, 3024);
		assertThat(ImageProcessor.decodedBytes(photo)).isEqualTo(2016L * 1512 * (3 + 4));
		ImageProcessor.Processed processed = new ImageProcessor(60).process(photo);
		assertThat(processed.width()).isEqualTo(1600);
		assertThat(processed.height()).isEqualTo(1200);
		assertThat(processed.variants()).extracting(ImageProcessor.Variant::width).containsExactly(480, 960, 1600);
	}

	/** A photo taken with the phone upright says so in its EXIF: it is turned, and shown upright. */
	@Test
	void aPhotoIsTurnedAsItsExifSays() throws Exception {
		ImageProcessor.Processed turned = this.processor.process(TestImages.jpegWithOrientation(800, 600, 6));
		assertThat(turned.width()).isEqualTo(600);
		assertThat(turned.height()).isEqualTo(800);
		byte[] upright = TestImages.jpegWithOrientation(4032, 3024, 6);
		assertThat(ImageProcessor.decodedBytes(upright)).as("read one pixel in two a side")
			.isEqualTo(2016L * 1512 * (3 + 4));
		ImageProcessor.Processed large = new ImageProcessor(60).process(upright);
		assertThat(large.width()).isEqualTo(1512);
		assertThat(large.height()).isEqualTo(2016);
	}

	@Test
	void imageNeedingMoreThanTheBudgetIsRefusedAndTheBudgetIsGivenBack() throws Exception {
		ImageProcessor small = new ImageProcessor(2);
		assertThat(small.budgetMegabytes()).isEqualTo(2);
		assertThatExceptionOfType(ImageRejectedException.class).isThrownBy(() -> small.process(TestImages.png(800, 800)))
			.extracting(ImageRejectedException::getReason)
			.isEqualTo("media.error.tooMuchMemory");
		for (int i = 0; i < 3; i++) {
			assertThat(small.process(TestImages.png(300, 200)).variants()).hasSize(1);
		}
	}

}
