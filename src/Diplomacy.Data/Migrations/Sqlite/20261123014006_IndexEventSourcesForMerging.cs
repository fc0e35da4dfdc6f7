using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexEventSourcesForMerging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventSources_EventId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_EventSources_EvidenceKey",
                table: "EventSources");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ArticlePublished",
                table: "EventSources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_EventId_Date_DatePrecision_ArticlePublished_ArticleId",
                table: "EventSources",
                columns: new[] { "EventId", "Date", "DatePrecision", "ArticlePublished", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_EventId_EvidenceKey",
                table: "EventSources",
                columns: new[] { "EventId", "EvidenceKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EventSources_EventId_Date_DatePrecision_ArticlePublished_ArticleId",
                table: "EventSources");

            migrationBuilder.DropIndex(
                name: "IX_EventSources_EventId_EvidenceKey",
                table: "EventSources");

            migrationBuilder.DropColumn(
                name: "ArticlePublished",
                table: "EventSources");

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_EventId",
                table: "EventSources",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventSources_EvidenceKey",
                table: "EventSources",
                column: "EvidenceKey");
        }
    }
}
