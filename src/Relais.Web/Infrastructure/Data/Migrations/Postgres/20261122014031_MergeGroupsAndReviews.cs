using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MergeGroupsAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "merged_into_id",
                table: "places",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "match_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    record_a = table.Column<string>(type: "character varying(301)", maxLength: 301, nullable: false),
                    record_b = table.Column<string>(type: "character varying(301)", maxLength: 301, nullable: false),
                    place_id_a = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    place_id_b = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_score = table.Column<int>(type: "integer", nullable: false),
                    address_score = table.Column<int>(type: "integer", nullable: true),
                    distance_metres = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    matcher_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "place_groups",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    matcher_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    provenance = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "place_group_members",
                columns: table => new
                {
                    place_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    group_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    record_key = table.Column<string>(type: "character varying(301)", maxLength: 301, nullable: false),
                    source_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_place_group_members", x => x.place_id);
                    table.ForeignKey(
                        name: "FK_place_group_members_place_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "place_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_match_reviews_record_a_record_b",
                table: "match_reviews",
                columns: new[] { "record_a", "record_b" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_match_reviews_status",
                table: "match_reviews",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_place_group_members_group_id",
                table: "place_group_members",
                column: "group_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_reviews");

            migrationBuilder.DropTable(
                name: "place_group_members");

            migrationBuilder.DropTable(
                name: "place_groups");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "places");
        }
    }
}
