"use client";

import type { RouterOutputs } from "@momentum/api";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type DailyActivity = RouterOutputs["reports"]["activity"]["days"][number];

export interface ChartSeries<Row> {
  key: Extract<keyof Row, string>;
  label: string;
  color: string;
}

/**
 * One chart of a report's rows: by day (the default x axis, `date`), week, priority, ... Lines for
 * levels (active users, scores), bars for counts; null values (an average over nobody) are bridged
 * rather than drawn as zero.
 */
export function DailyChart<Row extends object = DailyActivity>(props: {
  title: string;
  kind: "line" | "bar";
  rows: Row[];
  series: ChartSeries<Row>[];
  /** The x axis; a YYYY-MM-DD key is shown without its year. */
  xKey?: Extract<keyof Row, string>;
  yDomain?: [number, number];
  allowDecimals?: boolean;
}) {
  const { title, kind, rows, series, yDomain } = props;
  const xKey = props.xKey ?? "date";
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <figure className="chart" data-testid={`chart-${title}`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <Chart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#dde1e6" />
          <XAxis
            dataKey={xKey}
            tickFormatter={(value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(5) : value)}
            minTickGap={16}
          />
          <YAxis allowDecimals={props.allowDecimals ?? false} domain={yDomain ?? [0, "auto"]} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((line) =>
            kind === "line" ? (
              <Line
                key={line.key}
                type="monotone"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ) : (
              <Bar
                key={line.key}
                dataKey={line.key}
                name={line.label}
                fill={line.color}
                isAnimationActive={false}
              />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </figure>
  );
}
