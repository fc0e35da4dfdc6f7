using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoreEventSourceSentenceTopics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SentenceTopics",
                table: "EventSources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Sources stored before the column: the topics of their sentences' positions, each topic's bit counted
            // once (a sum of distinct bits is their union). The bits are written out as TopicSet has them today.
            migrationBuilder.Sql(@"UPDATE ""EventSources"" AS s SET ""SentenceTopics"" = t.topics FROM (SELECT p.""ArticleId"", p.""SentenceStart"", CAST(SUM(DISTINCT CASE p.""Topic"" WHEN 'AssadFate' THEN 1 WHEN 'PoliticalTransition' THEN 2 WHEN 'ChemicalWeapons' THEN 4 WHEN 'UnSecurityCouncil' THEN 8 WHEN 'Intervention' THEN 16 WHEN 'Humanitarian' THEN 32 WHEN 'Ceasefire' THEN 64 WHEN 'Extremism' THEN 128 WHEN 'BilateralRelations' THEN 256 END) AS integer) AS topics FROM ""Positions"" AS p WHERE p.""SentenceStart"" IS NOT NULL GROUP BY p.""ArticleId"", p.""SentenceStart"") AS t WHERE s.""ArticleId"" = t.""ArticleId"" AND s.""SentenceStart"" = t.""SentenceStart"" AND t.topics IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_EventId_SentenceTopics",
                table: "EventSources",
                columns: new[] { "EventId", "SentenceTopics" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventSources_EventId_SentenceTopics",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "SentenceTopics",
                table: "EventSources");
        }
    }
}
