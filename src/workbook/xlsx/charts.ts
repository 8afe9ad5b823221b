/**
 * The charts of a sheet as DrawingML parts: one chart part per chart, and the sheet's drawing
 * that anchors them to cells.
 */
import { ChartSpec, parseAddr, sheetRef } from "../spec";
import { NS_PKG_REL, NS_REL, XML_HEAD, escapeAttr } from "./xml";

function chartXml(sheetName: string, chart: ChartSpec): string {
  const ref = (r: string) => escapeAttr(`${sheetRef(sheetName)}${r}`);
  const horizontal = chart.kind === "bar";
  const stacked = chart.kind === "stackedColumn";
  const overlap = stacked || chart.tornado === true;
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeAttr(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`
    )
    .join("");
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeAttr(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/>${overlap ? '<c:overlap val="100"/>' : ""}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="${chart.tornado ? "low" : "nextTo"}"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:tickMarkSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${stacked ? '<c:max val="1"/>' : ""}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${escapeAttr(chart.axisFormat ?? (stacked ? "0%" : "General"))}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartSpec, index: number): string {
  const { r, c } = parseAddr(chart.anchor);
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c + chart.width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r + chart.height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="EvalChart ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The parts of one sheet's charts, numbered from chart `firstChart`. */
export function chartParts(
  sheetName: string,
  charts: ChartSpec[],
  firstChart: number
): { drawing: string; drawingRels: string; charts: string[] } {
  const anchors = charts.map((chart, i) => anchorXml(chart, i)).join("");
  const rels = charts
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${NS_REL}/chart" Target="../charts/chart${firstChart + i}.xml"/>`
    )
    .join("");
  return {
    drawing: `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors}</xdr:wsDr>`,
    drawingRels: `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels}</Relationships>`,
    charts: charts.map((chart) => chartXml(sheetName, chart)),
  };
}
