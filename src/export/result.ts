export interface ExportResult {
  written: number;
  skipped: number; // events left out (GeoJSON: no coordinates)
}
