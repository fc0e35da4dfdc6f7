using Diplomacy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Diplomacy.Data.EntityConfigurations;

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.ToTable("ActorAliases");
        builder.Property(a => a.Alias).HasMaxLength(200);
        builder.HasIndex(a => new { a.ActorId, a.Alias }).IsUnique();
        builder.HasIndex(a => a.Alias);
    }
}
