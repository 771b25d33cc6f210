using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Relais.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_flags",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_flags", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "communes",
                columns: table => new
                {
                    insee_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    name_with_article = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    postal_codes = table.Column<string>(type: "text", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    population = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communes", x => x.insee_code);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    slug = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "text", nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    source_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    warnings = table.Column<int>(type: "integer", nullable: false),
                    removed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "places",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_record_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    has_interpretable_hours = table.Column<bool>(type: "boolean", nullable: false),
                    warning_count = table.Column<int>(type: "integer", nullable: false),
                    quality_issues = table.Column<string>(type: "text", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_import_run_id = table.Column<string>(type: "text", nullable: false),
                    pivot = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    commune = table.Column<string>(type: "text", nullable: false),
                    postal_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    insee_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    address = table.Column<string>(type: "text", nullable: false),
                    address_complement = table.Column<string>(type: "text", nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    typologies = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    emails = table.Column<string>(type: "text", nullable: true),
                    websites = table.Column<string>(type: "text", nullable: true),
                    opening_hours = table.Column<string>(type: "text", nullable: true),
                    summary_presentation = table.Column<string>(type: "text", nullable: true),
                    detailed_presentation = table.Column<string>(type: "text", nullable: true),
                    collected_by = table.Column<string>(type: "text", nullable: true),
                    itinerancy = table.Column<int>(type: "integer", nullable: false),
                    parent_network = table.Column<string>(type: "text", nullable: true),
                    updated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    services = table.Column<int>(type: "integer", nullable: false),
                    target_publics = table.Column<int>(type: "integer", nullable: false),
                    specific_supports = table.Column<int>(type: "integer", nullable: false),
                    fee_conditions = table.Column<int>(type: "integer", nullable: false),
                    national_programmes = table.Column<int>(type: "integer", nullable: false),
                    training_labels = table.Column<int>(type: "integer", nullable: false),
                    other_labels = table.Column<string>(type: "text", nullable: true),
                    access_modes = table.Column<int>(type: "integer", nullable: false),
                    support_modes = table.Column<int>(type: "integer", nullable: false),
                    accessibility_sheet_url = table.Column<string>(type: "text", nullable: true),
                    booking_url = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_places", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    slug = table.Column<string>(type: "text", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_communes_department_code",
                table: "communes",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_communes_search_key",
                table: "communes",
                column: "search_key");

            migrationBuilder.CreateIndex(
                name: "IX_import_runs_source_name_started_at",
                table: "import_runs",
                columns: new[] { "source_name", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_places_department_code",
                table: "places",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_places_insee_code",
                table: "places",
                column: "insee_code");

            migrationBuilder.CreateIndex(
                name: "IX_places_latitude_longitude",
                table: "places",
                columns: new[] { "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_places_source_name_source_record_id",
                table: "places",
                columns: new[] { "source_name", "source_record_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_flags");

            migrationBuilder.DropTable(
                name: "communes");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "places");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
