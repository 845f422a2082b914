{{/* The release's name prefix: `<release>-looma`, or the release name when it already says looma. */}}
{{- define "looma.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* One service's object name: looma.serviceName (dict "root" $ "name" "talent") */}}
{{- define "looma.serviceName" -}}
{{- printf "%s-%s" (include "looma.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "looma.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Selector labels of one service: looma.selectorLabels (dict "root" $ "name" "talent") */}}
{{- define "looma.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "looma.secretName" -}}
{{- default (printf "%s-secret" (include "looma.fullname" .)) .Values.secret.existingSecret -}}
{{- end -}}

{{- define "looma.configMapName" -}}
{{- printf "%s-config" (include "looma.fullname" .) -}}
{{- end -}}
