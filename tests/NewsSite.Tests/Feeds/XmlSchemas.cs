using System.Xml;
using System.Xml.Schema;

namespace NewsSite.Tests.Feeds;

// Validates a document against the XSDs in Schemas/ (copied next to the test assembly) and returns the errors.
internal static class XmlSchemas
{
    public static List<string> Errors(string xml, params string[] schemaFiles)
    {
        var schemas = new XmlSchemaSet();
        foreach (var file in schemaFiles)
        {
            schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Schemas", file));
        }

        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static void AssertValid(string xml, params string[] schemaFiles)
    {
        var errors = Errors(xml, schemaFiles);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
