using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverTimelineFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Positions_Date_Topic_Side_HolderId",
                table: "Positions",
                columns: new[] { "Date", "Topic", "Side", "HolderId" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date_Type",
                table: "Events",
                columns: new[] { "Date", "Type" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Positions_Date_Topic_Side_HolderId",
                table: "Positions");

            migrationBuilder.DropIndex(
                name: "IX_Events_Date_Type",
                table: "Events");
        }
    }
}
