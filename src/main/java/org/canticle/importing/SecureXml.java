package org.canticle.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing with everything that reaches outside the file turned off: no DTD at all (so
 * no external or expanding entities), no XInclude, no external schema or stylesheet
 * access. A file with a DOCTYPE is refused.
 */
final class SecureXml {

	private SecureXml() {
	}

	static Document parse(byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new ByteArrayInputStream(content)));
		}
		catch (SAXParseException ex) {
			String message = ex.getMessage() == null ? "" : ex.getMessage();
			if (message.contains("DOCTYPE")) {
				throw new ImportRefusedException(
						"XML with a DOCTYPE is not accepted (DTDs and entities are turned off)",
						Math.max(ex.getLineNumber(), 0));
			}
			throw new ImportRefusedException("malformed XML: " + message, Math.max(ex.getLineNumber(), 0));
		}
		catch (org.xml.sax.SAXException | IOException ex) {
			throw new ImportRefusedException("malformed XML: " + ex.getMessage());
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser lacks a security feature", ex);
		}
	}

}
