using System.Xml.Linq;
using Diplomacy.Core.Pipeline;

namespace Diplomacy.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void The_core_assembly_references_neither_EF_Core_nor_ASP_NET()
    {
        var references = typeof(ExtractionPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        references.Should().NotContain(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void The_core_project_has_no_package_or_project_references()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "Diplomacy.Core", "Diplomacy.Core.csproj"));

        project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference").Should().BeEmpty();
    }
}
